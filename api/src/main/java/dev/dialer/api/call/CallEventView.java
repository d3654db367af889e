package dev.dialer.api.call;

import dev.dialer.activities.call.CallEvent;
import java.time.Instant;

public record CallEventView(
    String status,
    Long sequenceNumber,
    String source,
    Instant occurredAt,
    String answeredBy,
    Integer durationSeconds,
    String sipResponseCode) {

  static CallEventView of(CallEvent event) {
    return new CallEventView(
        event.status(),
        event.sequenceNumber(),
        event.source(),
        event.occurredAt(),
        event.answeredBy(),
        event.durationSeconds(),
        event.sipResponseCode());
  }
}
