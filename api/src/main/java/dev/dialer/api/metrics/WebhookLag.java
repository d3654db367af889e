package dev.dialer.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code dialer_webhook_lag_seconds}: from the Timestamp Twilio stamped on a status callback to the
 * moment its signal reached the call's workflow (the inbox and relay in between).
 */
@Component
public class WebhookLag {

  private final Timer timer;
  private final Clock clock;

  WebhookLag(MeterRegistry registry) {
    this.timer =
        Timer.builder("dialer.webhook.lag")
            .description("Twilio's webhook Timestamp to the signal reaching the workflow")
            .publishPercentileHistogram()
            .register(registry);
    this.clock = Clock.systemUTC();
  }

  /** One status callback was signalled; {@code twilioTimestamp} is Twilio's, or our receipt. */
  public void signalled(Instant twilioTimestamp) {
    Duration lag = Duration.between(twilioTimestamp, clock.instant());
    timer.record(lag.isNegative() ? Duration.ZERO : lag);
  }
}
