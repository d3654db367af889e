package dev.dialer.sim.ledger;

import dev.dialer.sim.call.CallPlayback;
import dev.dialer.sim.call.SimCall;
import dev.dialer.sim.callback.CallbackLog;
import dev.dialer.sim.callee.Callees;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/**
 * Every accepted create request in arrival order, for tests and benchmarks to count dials. Clearing
 * it forgets the entries only; the calls stay fetchable over the REST API.
 */
@Component
public class Ledger {

  private final Queue<SimCall> calls = new ConcurrentLinkedQueue<>();
  private final Callees callees;
  private final CallbackLog callbacks;
  private final CallPlayback playback;

  Ledger(Callees callees, CallbackLog callbacks, CallPlayback playback) {
    this.callees = callees;
    this.callbacks = callbacks;
    this.playback = playback;
  }

  public void record(SimCall call) {
    calls.add(call);
  }

  List<LedgerEntry> entries() {
    return calls.stream()
        .map(
            call ->
                LedgerEntry.of(
                    call.snapshot(),
                    callees.conversation(call.sid()),
                    callbacks.forCall(call.sid()),
                    playback.played(call.sid())))
        .toList();
  }

  void clear() {
    calls.clear();
    callbacks.clear();
  }
}
