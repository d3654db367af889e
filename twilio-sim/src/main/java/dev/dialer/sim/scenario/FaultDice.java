package dev.dialer.sim.scenario;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Draws the {@link CallbackFaults} in force. Each draw seeds its own generator from the seed, the
 * number, the call's ordinal among the calls to that number, and what is drawn for, so a draw does
 * not depend on which thread asked first.
 */
@Component
public class FaultDice {

  private final AtomicReference<CallbackFaults> faults = new AtomicReference<>(CallbackFaults.NONE);
  private final Map<String, Integer> callsPerNumber = new ConcurrentHashMap<>();
  private final Map<String, Integer> ordinalOfCall = new ConcurrentHashMap<>();

  public CallbackFaults current() {
    return faults.get();
  }

  void set(CallbackFaults next) {
    faults.set(next);
    callsPerNumber.clear();
    ordinalOfCall.clear();
  }

  /** Call once per created call, before any draw for it. */
  public void created(String sid, String to) {
    ordinalOfCall.computeIfAbsent(sid, ignored -> callsPerNumber.merge(to, 1, Integer::sum));
  }

  /** Whether the call's first callback goes out before its create response. */
  public boolean early(String sid, String to) {
    CallbackFaults f = faults.get();
    return f.covers(to) && draw(f, sid, to, "early") < f.early();
  }

  /** What happens to the status callback {@code sequenceNumber} of the call; one draw each. */
  public CallbackFault callback(String sid, String to, String event, int sequenceNumber) {
    CallbackFaults f = faults.get();
    if (!f.covers(to)) {
      return CallbackFault.NONE;
    }
    double roll = draw(f, sid, to, event + "#" + sequenceNumber);
    if (roll < f.drop()) {
      return CallbackFault.DROP;
    }
    if (roll < f.drop() + f.duplicate()) {
      return CallbackFault.DUPLICATE;
    }
    if (roll < f.drop() + f.duplicate() + f.reorder()) {
      return CallbackFault.REORDER;
    }
    return CallbackFault.NONE;
  }

  private double draw(CallbackFaults f, String sid, String to, String what) {
    int ordinal = ordinalOfCall.getOrDefault(sid, 0);
    long mixed = f.seed() * 0x9E3779B97F4A7C15L + (to + "/" + ordinal + "/" + what).hashCode();
    return new SplittableRandom(mixed).nextDouble();
  }
}
