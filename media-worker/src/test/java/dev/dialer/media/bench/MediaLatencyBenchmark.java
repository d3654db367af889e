package dev.dialer.media.bench;

import dev.dialer.media.RunningMediaWorker;
import dev.dialer.workflows.relay.RelayToken;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * N concurrent conversations against one media worker with the zero-latency scripted model, side by
 * side with a bare WebSocket echo on the same server: prompt sent → first text frame back, p50 and
 * p99, and resident memory per open session. Run by {@code bench/media.sh}; not part of the suite
 * (surefire runs *Test classes only).
 */
class MediaLatencyBenchmark {

  private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
  private static final long THINK_MILLIS = Long.getLong("bench.thinkMillis", 200);
  private static final int WARM_UP_SESSIONS = 50;
  private static final String LEVELS = System.getProperty("bench.sessions", "10,100,250,500,750");

  @Test
  void promptToFirstTextFrame() throws Exception {
    try (RunningMediaWorker worker =
        new RunningMediaWorker(
            null,
            context -> {
              context.registerBean(EchoEndpoint.class, EchoEndpoint::new);
              // Outside the security filters, so the relay's figure includes their (small) cost.
              context.registerBean(
                  WebSecurityCustomizer.class,
                  () -> web -> web.ignoring().requestMatchers(EchoEndpoint.PATH));
            },
            "--dialer.media.max-turns=100000",
            "--logging.level.dev.dialer.media=WARN",
            "--server.tomcat.threads.max=200")) {
      ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
      HttpClient http = HttpClient.newHttpClient();
      // Warm-up, not reported: JIT, pools and the database's first inserts.
      run(worker, http, timers, WARM_UP_SESSIONS, false, false);
      run(worker, http, timers, WARM_UP_SESSIONS, true, false);
      System.out.println(
          "BENCH sessions kind p50_ms p99_ms max_ms samples heap_kib_per_session"
              + " rss_kib_per_session");
      for (String level : LEVELS.split(",")) {
        int sessions = Integer.parseInt(level.strip());
        run(worker, http, timers, sessions, false, true);
        run(worker, http, timers, sessions, true, true);
      }
      timers.shutdownNow();
    }
  }

  private static void run(
      RunningMediaWorker worker,
      HttpClient http,
      ScheduledExecutorService timers,
      int sessions,
      boolean relay,
      boolean report)
      throws Exception {
    List<String> setups = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      setups.add(relay ? relaySetup(worker) : "{\"type\":\"setup\"}");
    }
    long heapBefore = heapAfterGcKib();
    long rssBefore = rssKib();
    List<Long> samples = new CopyOnWriteArrayList<>();
    CountDownLatch opened = new CountDownLatch(sessions);
    CountDownLatch done = new CountDownLatch(sessions);
    List<BenchSession> all = new ArrayList<>();
    String url = "ws://127.0.0.1:" + worker.port() + (relay ? "/relay" : EchoEndpoint.PATH);
    for (String setup : setups) {
      BenchSession session =
          new BenchSession(setup, relay, ROUNDS, timers, THINK_MILLIS, samples, opened, done);
      http.newWebSocketBuilder().buildAsync(URI.create(url), session).get(30, TimeUnit.SECONDS);
      all.add(session);
    }
    if (!opened.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("sessions did not open: " + opened.getCount() + " left");
    }
    long heapPerSession = (heapAfterGcKib() - heapBefore) / sessions;
    long rssPerSession = (rssKib() - rssBefore) / sessions;
    for (int i = 0; i < all.size(); i++) {
      all.get(i).start((long) i * 1000 / sessions);
    }
    if (!done.await(300, TimeUnit.SECONDS)) {
      throw new IllegalStateException("sessions did not finish: " + done.getCount() + " left");
    }
    if (!report) {
      return;
    }
    List<Long> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    System.out.printf(
        "BENCH %d %s %.2f %.2f %.2f %d %d %d%n",
        sessions,
        relay ? "relay" : "echo",
        percentile(sorted, 0.50),
        percentile(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1e6,
        sorted.size(),
        heapPerSession,
        rssPerSession);
  }

  private static String relaySetup(RunningMediaWorker worker) {
    String callId = "bench-" + UUID.randomUUID();
    String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
    worker.ledgerRow(callId, callSid, "+16465550191");
    String token =
        RelayToken.issue(
            RunningMediaWorker.SECRET.getBytes(StandardCharsets.UTF_8),
            callId,
            callSid,
            Instant.now().plusSeconds(3600));
    return dev.dialer.media.RelayClient.setup(callSid, callId, token);
  }

  private static double percentile(List<Long> sorted, double p) {
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  /** Live heap: what the open sessions hold, both ends (client and server share this JVM). */
  private static long heapAfterGcKib() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
  }

  private static long rssKib() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }
}
