package dev.dialer.sim.callback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The call-progress events a create request may subscribe to with StatusCallbackEvent. */
public enum CallbackEvent {
  INITIATED("initiated"),
  RINGING("ringing"),
  ANSWERED("answered"),
  COMPLETED("completed");

  private final String wire;

  CallbackEvent(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  public static Optional<CallbackEvent> fromWire(String value) {
    return Arrays.stream(values()).filter(e -> e.wire.equalsIgnoreCase(value)).findFirst();
  }

  @JsonCreator
  static CallbackEvent fromJson(String value) {
    return fromWire(value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown event '"
                        + value
                        + "', use initiated, ringing, answered or completed"));
  }
}
