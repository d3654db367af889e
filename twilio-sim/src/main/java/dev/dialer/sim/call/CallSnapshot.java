package dev.dialer.sim.call;

import java.time.Instant;

/** A consistent read of a call at one moment. */
public record CallSnapshot(
    String sid,
    String accountSid,
    CallRequest request,
    Outcome outcome,
    CallStatus status,
    Instant dateCreated,
    Instant dateUpdated,
    Instant startTime,
    Instant endTime,
    Integer durationSeconds,
    String answeredBy,
    String twiml) {

  public static final String API_VERSION = "2010-04-01";
  public static final String DIRECTION = "outbound-api";

  /** Twilio bills a connected call by the started minute; anything else is free. */
  public int billedMinutes() {
    if (status != CallStatus.COMPLETED || durationSeconds == null) {
      return 0;
    }
    return Math.max(1, (durationSeconds + 59) / 60);
  }
}
