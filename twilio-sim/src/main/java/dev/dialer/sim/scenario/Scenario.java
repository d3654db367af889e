package dev.dialer.sim.scenario;

import dev.dialer.sim.call.Outcome;
import dev.dialer.sim.callback.CallbackEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Overrides for calls to one number. Every field is optional.
 *
 * @param dropEvents callbacks lost on the way: their SequenceNumber is used up but nothing is sent
 * @param duplicateCallbacks every status callback is delivered twice
 * @param deliverOutOfOrder non-final status callbacks are held back and sent after the final one
 */
public record Scenario(
    Outcome outcome,
    @PositiveOrZero Long ringMillis,
    @PositiveOrZero Long talkMillis,
    Set<CallbackEvent> dropEvents,
    Boolean duplicateCallbacks,
    Boolean deliverOutOfOrder,
    @Valid FailCreate failCreateWith) {

  public static final Scenario NONE = new Scenario(null, null, null, null, null, null, null);

  public Scenario {
    dropEvents = dropEvents == null ? Set.of() : Set.copyOf(dropEvents);
    duplicateCallbacks = Boolean.TRUE.equals(duplicateCallbacks);
    deliverOutOfOrder = Boolean.TRUE.equals(deliverOutOfOrder);
  }

  public Optional<Duration> ring() {
    return Optional.ofNullable(ringMillis).map(Duration::ofMillis);
  }

  public Optional<Duration> talk() {
    return Optional.ofNullable(talkMillis).map(Duration::ofMillis);
  }
}
