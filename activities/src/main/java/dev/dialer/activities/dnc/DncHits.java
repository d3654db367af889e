package dev.dialer.activities.dnc;

import dev.dialer.activities.compliance.DncHit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The do-not-call lists for many numbers at once: one query per list instead of one per number and
 * list, for the hopper's claim of a batch of contacts. Each number gets the hits, in the words and
 * order, that {@link DncStore#hits} gives it alone. Read from the database, never cached.
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
    jdbc.sql("SELECT phone, source, reason, created_at FROM dnc_internal WHERE phone IN (:phones)")
        .param("phones", phones)
        .query(DncStore::entry)
        .list()
        .forEach(e -> add(hits, e.phone(), internal(e)));
    if (campaignId != null) {
      jdbc.sql(
              """
              SELECT phone, source, reason, created_at FROM dnc_campaign
               WHERE campaign_id = :campaign AND phone IN (:phones)
              """)
          .param("campaign", campaignId)
          .param("phones", phones)
          .query(DncStore::entry)
          .list()
          .forEach(e -> add(hits, e.phone(), campaign(campaignId, e)));
    }
    if (national) {
      jdbc.sql("SELECT phone, snapshot_date FROM dnc_national WHERE phone IN (:phones)")
          .param("phones", phones)
          .query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
          .list()
          .forEach(e -> add(hits, e.getKey(), national(e.getValue())));
    }
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
