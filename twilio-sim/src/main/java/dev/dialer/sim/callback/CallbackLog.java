package dev.dialer.sim.callback;

import dev.dialer.sim.call.SimCall;
import dev.dialer.sim.scenario.CallbackFault;
import dev.dialer.sim.scenario.FaultDice;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every status callback of every call, with what became of each delivery: the truth a chaos run
 * counts lost webhooks against. It also holds back the create response of an "early" call until its
 * first callback has been delivered.
 */
@Component
public class CallbackLog {

  /** The longest a create response waits for its call's first callback. */
  static final Duration EARLY_WAIT = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(CallbackLog.class);

  private final FaultDice dice;
  private final Map<String, List<Entry>> bySid = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Void>> firstCallback = new ConcurrentHashMap<>();

  CallbackLog(FaultDice dice) {
    this.dice = dice;
  }

  /** Called by the create request before the call's lifecycle starts. */
  public void created(SimCall call) {
    dice.created(call.sid(), call.request().to());
  }

  /** Called by the create request once the call is on its way; blocks for an early call. */
  public void awaitIfEarly(SimCall call) {
    if (!dice.early(call.sid(), call.request().to())) {
      return;
    }
    try {
      first(call.sid()).get(EARLY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      log.info("{} create response held back until its first callback was delivered", call.sid());
    } catch (TimeoutException | ExecutionException e) {
      log.warn("{} first callback not delivered within {}", call.sid(), EARLY_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public List<CallbackRecord> forCall(String sid) {
    return bySid.getOrDefault(sid, List.of()).stream().map(Entry::record).toList();
  }

  public void clear() {
    bySid.clear();
    firstCallback.clear();
  }

  /** A callback that will not go out now (dropped, or held back): nothing to wait for. */
  Entry skipped(String sid, int sequenceNumber, String status, CallbackFault fault) {
    Entry entry = add(sid, sequenceNumber, status, fault);
    first(sid).complete(null);
    return entry;
  }

  Entry add(String sid, int sequenceNumber, String status, CallbackFault fault) {
    Entry entry = new Entry(sequenceNumber, status, fault);
    bySid.computeIfAbsent(sid, ignored -> new CopyOnWriteArrayList<>()).add(entry);
    return entry;
  }

  /** Records one delivery's result and releases an early create waiting for it. */
  void delivered(String sid, Entry entry, Optional<String> body) {
    entry.sent.incrementAndGet();
    (body.isPresent() ? entry.acknowledged : entry.refused).incrementAndGet();
    first(sid).complete(null);
  }

  private CompletableFuture<Void> first(String sid) {
    return firstCallback.computeIfAbsent(sid, ignored -> new CompletableFuture<>());
  }

  static final class Entry {
    private final int sequenceNumber;
    private final String status;
    private final CallbackFault fault;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    private Entry(int sequenceNumber, String status, CallbackFault fault) {
      this.sequenceNumber = sequenceNumber;
      this.status = status;
      this.fault = fault;
    }

    CallbackRecord record() {
      return new CallbackRecord(
          sequenceNumber, status, fault, sent.get(), acknowledged.get(), refused.get());
    }
  }
}
