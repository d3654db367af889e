package dev.dialer.api.campaign;

import dev.dialer.activities.SqlTimes;
import dev.dialer.workflows.campaign.ContactState;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts for a campaign's view, from the hopper and the call ledger. */
@Repository
class CampaignStats {

  private final JdbcClient jdbc;

  CampaignStats(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  CampaignNumbers of(String campaignId) {
    Map<ContactState, Long> byState = new EnumMap<>(ContactState.class);
    for (ContactState state : ContactState.values()) {
      byState.put(state, 0L);
    }
    jdbc.sql(
            "SELECT state, count(*) AS n FROM campaign_contact WHERE campaign_id = :id"
                + " GROUP BY state")
        .param("id", campaignId)
        .query(
            rs -> {
              byState.put(ContactState.valueOf(rs.getString("state")), rs.getLong("n"));
            });
    Map<String, Long> byDisposition = new TreeMap<>();
    jdbc.sql(
            "SELECT last_disposition, count(*) AS n FROM campaign_contact WHERE campaign_id = :id"
                + " AND last_disposition IS NOT NULL GROUP BY last_disposition")
        .param("id", campaignId)
        .query(
            rs -> {
              byDisposition.put(rs.getString("last_disposition"), rs.getLong("n"));
            });
    Map<String, Long> byOutcome = new TreeMap<>();
    jdbc.sql(
            """
            SELECT label, count(*) AS n
              FROM campaign_contact c
              JOIN call_ledger l ON l.call_id = c.last_call_id
             CROSS JOIN LATERAL unnest(l.outcome_labels) AS label
             WHERE c.campaign_id = :id AND l.outcome_labels IS NOT NULL
             GROUP BY label
            """)
        .param("id", campaignId)
        .query(
            rs -> {
              byOutcome.put(rs.getString("label"), rs.getLong("n"));
            });
    return jdbc.sql(
            """
            SELECT (SELECT count(*) FROM call_ledger WHERE campaign_id = :id) AS attempts,
                   (SELECT count(*) FROM call_ledger
                     WHERE campaign_id = :id AND dial_started_at > now() - interval '10 seconds')
                       AS recent,
                   (SELECT avg(extract(epoch FROM ended_at - dial_started_at)) FROM call_ledger
                     WHERE campaign_id = :id AND ended_at IS NOT NULL
                       AND dial_started_at IS NOT NULL) AS average_seconds,
                   (SELECT min(COALESCE(next_eligible_at, now())) FROM campaign_contact
                     WHERE campaign_id = :id AND state IN ('PENDING', 'RETRY')) AS next_eligible,
                   now() AS now
            """)
        .param("id", campaignId)
        .query(
            (rs, row) -> {
              Number average = (Number) rs.getObject("average_seconds");
              return new CampaignNumbers(
                  byState,
                  byDisposition,
                  rs.getLong("attempts"),
                  rs.getLong("recent"),
                  average == null ? null : average.doubleValue(),
                  SqlTimes.instant(rs, "next_eligible"),
                  rs.getTimestamp("now").toInstant(),
                  byOutcome);
            })
        .single();
  }
}
