package dev.dialer.api.seed;

import java.lang.management.ManagementFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Seed 001's {@code GET /healthz}: {@code {status, uptime (s), activeCalls}}. */
@RestController
class HealthzController {

  record Healthz(String status, long uptime, long activeCalls) {}

  private final JdbcClient jdbc;

  HealthzController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping(path = "/healthz", produces = MediaType.APPLICATION_JSON_VALUE)
  Healthz healthz() {
    long active =
        jdbc.sql(
                """
                SELECT count(*) FROM call_ledger
                WHERE disposition IS NULL AND status IN ('dialing', 'queued', 'initiated',
                      'ringing', 'in-progress')""")
            .query(Long.class)
            .single();
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
    return new Healthz("ok", uptime, active);
  }
}
