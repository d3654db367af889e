package dev.dialer.media.bench;

import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One simulated callee for the benchmark: after the agent's turn closes it thinks, then speaks; the
 * sample is the time from sending its prompt to the first text frame back.
 */
final class BenchSession implements WebSocket.Listener {

  private static final String PROMPT =
      "{\"type\":\"prompt\",\"voicePrompt\":\"Can I speak to a real person?\",\"lang\":\"en-US\","
          + "\"last\":true}";

  private final String setup;
  private final boolean greets;
  private final ScheduledExecutorService timers;
  private final long thinkMillis;
  private final List<Long> samples;
  private final CountDownLatch opened;
  private final CountDownLatch done;
  private final StringBuilder frame = new StringBuilder();
  private CompletableFuture<Boolean> go = new CompletableFuture<>();
  private WebSocket socket;
  private CompletableFuture<WebSocket> sending;
  private int roundsLeft;
  private long promptSentAt;
  private boolean awaitingFirst;
  private boolean greeted;

  BenchSession(
      String setup,
      boolean greets,
      int rounds,
      ScheduledExecutorService timers,
      long thinkMillis,
      List<Long> samples,
      CountDownLatch opened,
      CountDownLatch done) {
    this.setup = setup;
    this.greets = greets;
    this.roundsLeft = rounds;
    this.timers = timers;
    this.thinkMillis = thinkMillis;
    this.samples = samples;
    this.opened = opened;
    this.done = done;
  }

  /** Starts the rounds once every session is open, each after its own offset. */
  void start(long offsetMillis) {
    timers.schedule(() -> go.complete(true), offsetMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void onOpen(WebSocket webSocket) {
    socket = webSocket;
    sending = socket.sendText(setup, true);
    if (!greets) {
      opened.countDown();
    }
    go.thenRun(this::prompt);
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    frame.append(data);
    if (last) {
      String message = frame.toString();
      frame.setLength(0);
      handle(message);
    }
    webSocket.request(1);
    return null;
  }

  private synchronized void handle(String message) {
    if (!message.contains("\"type\":\"text\"")) {
      return;
    }
    if (awaitingFirst) {
      samples.add(System.nanoTime() - promptSentAt);
      awaitingFirst = false;
    }
    if (!message.contains("\"last\":true")) {
      return;
    }
    if (!greeted && greets && promptSentAt == 0) {
      greeted = true;
      opened.countDown();
      return;
    }
    if (--roundsLeft <= 0) {
      sending = sending.thenCompose(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
      done.countDown();
      return;
    }
    timers.schedule(this::prompt, thinkMillis, TimeUnit.MILLISECONDS);
  }

  private synchronized void prompt() {
    promptSentAt = System.nanoTime();
    awaitingFirst = true;
    // One send at a time: the JDK's WebSocket refuses a send while the previous one is pending.
    sending = sending.thenCompose(ws -> ws.sendText(PROMPT, true));
  }
}
