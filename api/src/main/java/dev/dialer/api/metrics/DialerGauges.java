package dev.dialer.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dialer's state as PostgreSQL holds it, read every few seconds into gauges. Every api instance
 * reads the same database and so reports the same numbers: aggregate them with {@code max}, not
 * {@code sum}.
 */
@Component
class DialerGauges {

  private final JdbcClient jdbc;
  private final MultiGauge calls;
  private final MultiGauge dials;
  private final MultiGauge compliance;
  private final MultiGauge inFlight;
  private final MultiGauge pending;
  private final MultiGauge backlog;

  DialerGauges(JdbcClient jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.calls = gauge(registry, "dialer.calls", "Ended calls by disposition");
    this.dials = gauge(registry, "dialer.campaign.dials", "Calls dialed, by campaign");
    this.compliance =
        gauge(registry, "dialer.compliance.decisions", "Pre-dial compliance decisions by rule");
    this.inFlight = gauge(registry, "dialer.campaign.in.flight", "Contacts being dialed");
    this.pending = gauge(registry, "dialer.campaign.pending", "Contacts waiting to be dialed");
    this.backlog = gauge(registry, "dialer.inbox.backlog", "Stored webhooks not yet signalled");
  }

  @Scheduled(fixedDelay = 5_000, initialDelay = 1_000)
  void refresh() {
    calls.register(
        rows(
            """
            SELECT 'disposition' AS tag, disposition AS value, count(*) AS n FROM call_ledger
            WHERE disposition IS NOT NULL GROUP BY disposition"""),
        true);
    dials.register(
        rows(
            """
            SELECT 'campaign' AS tag, campaign_id AS value, sum(calls) AS n
            FROM campaign_contact GROUP BY campaign_id"""),
        true);
    compliance.register(
        rows(
            """
            SELECT 'rule' AS tag,
                   CASE disposition WHEN 'BLOCKED_DNC' THEN 'dnc' WHEN 'DEFERRED_WINDOW' THEN
                   'window' WHEN 'CAPPED' THEN 'cap' ELSE 'allowed' END AS value, count(*) AS n
            FROM call_ledger WHERE disposition IS NOT NULL OR dial_started_at IS NOT NULL
            GROUP BY 2"""),
        true);
    inFlight.register(campaignContacts("'DIALING'"), true);
    pending.register(campaignContacts("'PENDING', 'RETRY'"), true);
    backlog.register(
        rows(
            """
            SELECT 'kind' AS tag, kind AS value, count(*) AS n FROM webhook_inbox
            WHERE delivered_at IS NULL AND parked_at IS NULL GROUP BY kind
            UNION ALL SELECT 'kind', 'all', count(*) FROM webhook_inbox
            WHERE delivered_at IS NULL AND parked_at IS NULL"""),
        true);
  }

  /** Contacts in these states of campaigns that are running or paused, by campaign. */
  private List<MultiGauge.Row<?>> campaignContacts(String states) {
    return rows(
        """
        SELECT 'campaign' AS tag, c.campaign_id AS value, count(k.contact_id) AS n
        FROM campaign c LEFT JOIN campaign_contact k
          ON k.campaign_id = c.campaign_id AND k.state IN (%s)
        WHERE c.status IN ('RUNNING', 'PAUSED') GROUP BY c.campaign_id"""
            .formatted(states));
  }

  private List<MultiGauge.Row<?>> rows(String sql) {
    return jdbc
        .sql(sql)
        .query(
            (rs, i) ->
                MultiGauge.Row.of(
                    Tags.of(rs.getString("tag"), rs.getString("value")), rs.getLong("n")))
        .list()
        .stream()
        .<MultiGauge.Row<?>>map(row -> row)
        .toList();
  }

  private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
    return MultiGauge.builder(name).description(description).register(registry);
  }
}
