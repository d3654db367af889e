package dev.dialer.activities.dnc;

import dev.dialer.activities.compliance.DncHit;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The do-not-call lists for one or many numbers in one statement, instead of one per number and
 * list: a check reads its three lists in one round trip, the hopper's claim those of its whole
 * batch. Each number gets its hits in the lists' order (internal, campaign, national). Read from
 * the database, never cached: an opt-out stops the very next call.
 */
final class DncHits {

  private final JdbcClient jdbc;

  DncHits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The hits of every number in {@code phones} that has any; a number without is absent. */
  Map<String, List<DncHit>> of(Collection<String> phones, String campaignId, boolean national) {
    Map<String, List<DncHit>> hits = new HashMap<>();
    if (phones.isEmpty()) {
      return hits;
    }
    // One statement for the three lists, in the order a check words its hits.
    jdbc.sql(
            """
            SELECT 1 AS list, phone, source, reason, created_at, NULL::date AS snapshot_date
              FROM dnc_internal WHERE phone IN (:phones)
            UNION ALL
            SELECT 2, phone, source, reason, created_at, NULL
              FROM dnc_campaign WHERE campaign_id = :campaign AND phone IN (:phones)
            UNION ALL
            SELECT 3, phone, NULL, NULL, NULL, snapshot_date
              FROM dnc_national WHERE :national AND phone IN (:phones)
            ORDER BY list
            """)
        .param("phones", phones)
        .param("campaign", campaignId, Types.VARCHAR)
        .param("national", national)
        .query(
            (rs, row) -> {
              String phone = rs.getString("phone");
              switch (rs.getInt("list")) {
                case 1 -> add(hits, phone, internal(DncStore.entry(rs, row)));
                case 2 -> add(hits, phone, campaign(campaignId, DncStore.entry(rs, row)));
                default ->
                    add(hits, phone, national(rs.getObject("snapshot_date", LocalDate.class)));
              }
              return phone;
            })
        .list();
    return hits;
  }

  private static void add(Map<String, List<DncHit>> hits, String phone, DncHit hit) {
    hits.computeIfAbsent(phone, p -> new ArrayList<>()).add(hit);
  }

  static DncHit internal(DncEntry e) {
    return new DncHit(
        "DNC_INTERNAL",
        "on the internal do-not-call list since "
            + e.createdAt()
            + " (source: "
            + e.source()
            + (e.reason() == null ? "" : ", reason: " + e.reason())
            + "); applies to every campaign");
  }

  static DncHit campaign(String campaignId, DncEntry e) {
    return new DncHit(
        "DNC_CAMPAIGN", "on campaign " + campaignId + "'s do-not-call list since " + e.createdAt());
  }

  static DncHit national(LocalDate day) {
    return new DncHit(
        "DNC_NATIONAL",
        "on the National Do Not Call Registry (snapshot of "
            + day
            + "); 16 CFR 310.4(b)(1)(iii)(B), 47 CFR 64.1200(c)(2)");
  }
}
