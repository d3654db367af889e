package dev.dialer.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code dialer_dial_latency_seconds}: from a call's creation to Twilio reporting it answered, read
 * from the ledger for calls answered since the last look. Each api instance records every call it
 * sees, so with several instances read the quantiles per instance, not the sum of counts.
 */
@Component
class DialLatency {

  private final JdbcClient jdbc;
  private final Timer timer;

  /** Calls answered before this api started were measured by the one that saw them. */
  private Instant seenUpTo;

  DialLatency(JdbcClient jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.timer =
        Timer.builder("dialer.dial.latency")
            .description("Call created to Twilio's answer")
            .publishPercentileHistogram()
            .register(registry);
  }

  @Scheduled(fixedDelay = 5_000, initialDelay = 1_000)
  synchronized void poll() {
    if (seenUpTo == null) {
      seenUpTo =
          jdbc.sql("SELECT coalesce(max(answered_at), 'epoch') FROM call_ledger")
              .query(Timestamp.class)
              .single()
              .toInstant();
      return;
    }
    jdbc.sql(
            """
            SELECT created_at, answered_at FROM call_ledger
            WHERE answered_at > :seen ORDER BY answered_at LIMIT 10000""")
        .param("seen", Timestamp.from(seenUpTo))
        .query(
            (rs, i) -> {
              Instant created = rs.getTimestamp("created_at").toInstant();
              Instant answered = rs.getTimestamp("answered_at").toInstant();
              timer.record(Duration.between(created, answered));
              seenUpTo = answered;
              return answered;
            })
        .list();
  }
}
