package dev.dialer.media.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The media worker's meters: the three per-turn latencies (timers with percentiles, tag {@code
 * stage}), live sessions, turns by speaker, commands by type, interruptions.
 */
@Component
public class ConversationMetrics {

  public static final String LATENCY = "dialer.media.latency";

  private final MeterRegistry registry;
  private final AtomicInteger live = new AtomicInteger();
  private final Timer modelRequest;
  private final Timer firstToken;
  private final Timer firstTextFrame;
  private final Counter interruptions;

  ConversationMetrics(MeterRegistry registry) {
    this.registry = registry;
    registry.gauge("dialer.media.sessions", live);
    this.modelRequest = latency("model_request");
    this.firstToken = latency("first_token");
    this.firstTextFrame = latency("first_text_frame");
    this.interruptions = registry.counter("dialer.media.interruptions");
  }

  private Timer latency(String stage) {
    return Timer.builder(LATENCY)
        .tag("stage", stage)
        .description("prompt received to " + stage.replace('_', ' '))
        .publishPercentiles(0.5, 0.95, 0.99)
        .register(registry);
  }

  public void sessionOpened() {
    live.incrementAndGet();
  }

  public void sessionClosed() {
    live.decrementAndGet();
  }

  public void turn(String speaker) {
    registry.counter("dialer.media.turns", "speaker", speaker).increment();
  }

  public void command(String name) {
    registry.counter("dialer.media.commands", "command", name).increment();
  }

  public void interrupted() {
    interruptions.increment();
  }

  public void latencies(Duration request, Duration token, Duration frame) {
    modelRequest.record(request);
    if (token != null) {
      firstToken.record(token);
    }
    if (frame != null) {
      firstTextFrame.record(frame);
    }
  }
}
