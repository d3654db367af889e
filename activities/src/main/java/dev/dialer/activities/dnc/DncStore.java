package dev.dialer.activities.dnc;

import dev.dialer.activities.compliance.DncHit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The do-not-call lists. Every check reads them from the database, never from a cache: an opt-out
 * must stop the very next call of every campaign.
 */
@Repository
public class DncStore {

  private final JdbcClient jdbc;

  public DncStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the number; a number already listed keeps its first source and time. */
  public DncEntry addInternal(String phone, String source, String reason) {
    jdbc.sql(
            """
            INSERT INTO dnc_internal (phone, source, reason) VALUES (:phone, :source, :reason)
            ON CONFLICT (phone) DO NOTHING
            """)
        .param("phone", phone)
        .param("source", source)
        .param("reason", reason)
        .update();
    return findInternal(phone).orElseThrow();
  }

  public boolean removeInternal(String phone) {
    return jdbc.sql("DELETE FROM dnc_internal WHERE phone = :phone").param("phone", phone).update()
        == 1;
  }

  public Optional<DncEntry> findInternal(String phone) {
    return jdbc.sql("SELECT phone, source, reason, created_at FROM dnc_internal WHERE phone = :p")
        .param("p", phone)
        .query(DncStore::entry)
        .optional();
  }

  /** Newest first. */
  public DncPage listInternal(int limit, int offset) {
    long total = jdbc.sql("SELECT count(*) FROM dnc_internal").query(Long.class).single();
    List<DncEntry> entries =
        jdbc.sql(
                """
                SELECT phone, source, reason, created_at FROM dnc_internal
                 ORDER BY created_at DESC, phone LIMIT :limit OFFSET :offset
                """)
            .param("limit", limit)
            .param("offset", offset)
            .query(DncStore::entry)
            .list();
    return new DncPage(total, limit, offset, entries);
  }

  public DncEntry addCampaign(String campaignId, String phone, String source, String reason) {
    jdbc.sql(
            """
            INSERT INTO dnc_campaign (campaign_id, phone, source, reason)
            VALUES (:campaign, :phone, :source, :reason)
            ON CONFLICT (phone, campaign_id) DO NOTHING
            """)
        .param("campaign", campaignId)
        .param("phone", phone)
        .param("source", source)
        .param("reason", reason)
        .update();
    return jdbc.sql(
            """
            SELECT phone, source, reason, created_at FROM dnc_campaign
             WHERE campaign_id = :campaign AND phone = :phone
            """)
        .param("campaign", campaignId)
        .param("phone", phone)
        .query(DncStore::entry)
        .single();
  }

  public boolean removeCampaign(String campaignId, String phone) {
    return jdbc.sql("DELETE FROM dnc_campaign WHERE campaign_id = :campaign AND phone = :phone")
            .param("campaign", campaignId)
            .param("phone", phone)
            .update()
        == 1;
  }

  /**
   * The lists that hold the number: the internal list always, the campaign's list when a campaign
   * is given, the national registry when it applies to the call's purpose.
   */
  public List<DncHit> hits(String phone, String campaignId, boolean national) {
    return hits(List.of(phone), campaignId, national).getOrDefault(phone, List.of());
  }

  /**
   * {@link #hits(String, String, boolean)} for many numbers in one query per list: the numbers with
   * any hit, each with the hits it gets alone.
   */
  public Map<String, List<DncHit>> hits(
      Collection<String> phones, String campaignId, boolean national) {
    return new DncHits(jdbc).of(phones, campaignId, national);
  }

  /** The date of the newest national registry snapshot imported, if any. */
  public Optional<LocalDate> latestSnapshot() {
    return jdbc.sql("SELECT max(snapshot_date) FROM dnc_national_snapshot")
        .query((rs, row) -> rs.getObject(1, LocalDate.class))
        .optional();
  }

  static DncEntry entry(ResultSet rs, int row) throws SQLException {
    return new DncEntry(
        rs.getString("phone"),
        rs.getString("source"),
        rs.getString("reason"),
        rs.getTimestamp("created_at").toInstant());
  }
}
