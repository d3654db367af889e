package dev.dialer.activities.dnc;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * @param imported numbers new to the list
 * @param duplicates valid lines whose number was already listed or repeated in the file
 * @param rejectedCount every line that could not be read; {@code rejected} holds the first 100
 * @param warning set when the snapshot is older than 31 days
 */
public record ImportResult(
    long imported,
    long duplicates,
    long rejectedCount,
    List<RejectedLine> rejected,
    LocalDate snapshotDate,
    @JsonInclude(JsonInclude.Include.NON_NULL) String warning) {}
