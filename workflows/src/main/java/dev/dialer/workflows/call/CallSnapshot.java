package dev.dialer.workflows.call;

import java.time.Instant;

/** Twilio's call resource, as far as the workflow needs it. */
public record CallSnapshot(
    String callSid,
    String status,
    Integer durationSeconds,
    String answeredBy,
    Instant startTime,
    Instant endTime) {}
