package dev.dialer.sim.callback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One call's outgoing webhooks, sent one after the other so that receivers see them in the order
 * they were fired (unless a scenario holds some back). Sending never blocks the caller.
 */
public final class CallOutbox {

  private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
  private final List<Supplier<CompletableFuture<?>>> held = new ArrayList<>();

  synchronized void send(Supplier<CompletableFuture<?>> delivery) {
    tail = tail.handle((ignored, failure) -> null).thenCompose(ignored -> start(delivery));
  }

  synchronized void hold(Supplier<CompletableFuture<?>> delivery) {
    held.add(delivery);
  }

  synchronized void releaseHeld() {
    held.forEach(this::send);
    held.clear();
  }

  private static CompletableFuture<?> start(Supplier<CompletableFuture<?>> delivery) {
    try {
      return delivery.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
