package dev.dialer.sim.call;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The REST {@code status} of a call. Twilio's callbacks also say {@code initiated}, but the REST
 * enum has no such value: a dialled call reads {@code queued} until it rings.
 */
public enum CallStatus {
  QUEUED("queued"),
  RINGING("ringing"),
  IN_PROGRESS("in-progress"),
  COMPLETED("completed"),
  BUSY("busy"),
  FAILED("failed"),
  NO_ANSWER("no-answer"),
  CANCELED("canceled");

  private final String wire;

  CallStatus(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  public boolean isFinal() {
    return !isBeforeAnswer() && this != IN_PROGRESS;
  }

  public boolean isBeforeAnswer() {
    return this == QUEUED || this == RINGING;
  }

  /** Final SIP response code Twilio reports in the last status callback. */
  public String sipResponseCode() {
    return switch (this) {
      case BUSY -> "486";
      case FAILED -> "404";
      case NO_ANSWER, CANCELED -> "487";
      default -> "200";
    };
  }

  public static Optional<CallStatus> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
  }
}
