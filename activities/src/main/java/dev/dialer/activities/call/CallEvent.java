package dev.dialer.activities.call;

import java.time.Instant;

/** A status the carrier reported (or reconciliation read) for one call. */
public record CallEvent(
    String callId,
    String callSid,
    String status,
    Long sequenceNumber,
    String source,
    String answeredBy,
    Integer durationSeconds,
    String sipResponseCode,
    Instant occurredAt,
    String dedupeKey) {}
