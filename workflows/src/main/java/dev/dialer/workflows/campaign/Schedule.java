package dev.dialer.workflows.campaign;

import dev.dialer.workflows.compliance.CallingHours;
import java.time.Instant;

/**
 * @param startAt null starts at once; a future instant is a durable timer
 * @param endAt null runs until every contact is done; once passed, nothing more is dialed
 * @param callingHours the campaign's own hours in each callee's local time, inside the law's; null
 *     means the law's only
 */
public record Schedule(Instant startAt, Instant endAt, CallingHours callingHours) {}
