package dev.dialer.sim.stream;

import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One live Media Stream: its socket, its counters and its 20 ms ticker. Sends are chained, since a
 * JDK WebSocket takes one message at a time; media frames beyond {@link #MAX_IN_FLIGHT} unsent ones
 * are dropped rather than queued without bound behind a slow receiver.
 */
final class SimStream {

  static final int FRAME_SAMPLES = 160;
  private static final int MAX_IN_FLIGHT = 50;

  final String sid;
  final String callSid;
  final String name;
  final List<String> tracks;
  private final AtomicInteger inFlight = new AtomicInteger();
  private CompletableFuture<WebSocket> chain;
  private ScheduledFuture<?> ticker;
  private long sequence;
  private long chunk;
  private boolean stopped;

  SimStream(String sid, String callSid, String name, List<String> tracks) {
    this.sid = sid;
    this.callSid = callSid;
    this.name = name;
    this.tracks = tracks;
  }

  synchronized void opened(CompletableFuture<WebSocket> socket, ScheduledFuture<?> frames) {
    this.chain = socket;
    this.ticker = frames;
  }

  synchronized long nextSequence() {
    return ++sequence;
  }

  /** The next frame's chunk number (1, 2, …) and so its timestamp: 20 ms per chunk. */
  synchronized long nextChunk() {
    return ++chunk;
  }

  synchronized boolean stopped() {
    return stopped;
  }

  synchronized void send(String text, boolean droppable) {
    if (chain == null || (droppable && inFlight.get() >= MAX_IN_FLIGHT)) {
      return;
    }
    inFlight.incrementAndGet();
    chain =
        chain
            .thenCompose(socket -> socket.sendText(text, true))
            .whenComplete((socket, failure) -> inFlight.decrementAndGet());
  }

  /** Marks the stream stopped; true only for the first caller, who sends {@code stop}. */
  synchronized boolean stop() {
    if (stopped) {
      return false;
    }
    stopped = true;
    if (ticker != null) {
      ticker.cancel(false);
    }
    return true;
  }

  synchronized void close() {
    if (chain != null) {
      chain = chain.thenCompose(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "stopped"));
    }
  }
}
