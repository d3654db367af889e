package dev.dialer.api.campaign;

import dev.dialer.activities.SqlTimes;
import dev.dialer.activities.campaign.CampaignSettingsJson;
import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code campaign} table as the API writes it: creation, the first status of a start, and a
 * DRAFT's settings and cancel. Once a campaign's workflow runs, it saves status and settings
 * itself.
 */
@Repository
class CampaignRecords {

  private static final String COLUMNS =
      "campaign_id, name, purpose, status, settings::text AS settings, created_at, started_at,"
          + " completed_at, pause_reason";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  CampaignRecords(JdbcClient jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  /** Returns false when a campaign with this id exists. */
  boolean insert(String id, String name, CampaignSettings settings) {
    return jdbc.sql(
                """
                INSERT INTO campaign (campaign_id, name, purpose, status, settings)
                VALUES (:id, :name, :purpose, 'DRAFT', :settings::jsonb)
                ON CONFLICT (campaign_id) DO NOTHING
                """)
            .param("id", id)
            .param("name", name)
            .param("purpose", settings.purpose().name())
            .param("settings", CampaignSettingsJson.write(settings))
            .update()
        == 1;
  }

  Optional<CampaignRecord> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE campaign_id = :id")
        .param("id", id)
        .query(CampaignRecords::map)
        .optional();
  }

  /** Newest first. */
  List<CampaignRecord> list(CampaignStatus status, int limit, int offset) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM campaign WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)"
                + " ORDER BY created_at DESC, campaign_id LIMIT :limit OFFSET :offset")
        .param("status", status == null ? null : status.name())
        .param("limit", limit)
        .param("offset", offset)
        .query(CampaignRecords::map)
        .list();
  }

  /** Campaigns whose workflow should be running, oldest first. */
  List<CampaignRecord> active() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM campaign WHERE status IN ('SCHEDULED', 'RUNNING', 'PAUSED')"
                + " ORDER BY created_at, campaign_id")
        .query(CampaignRecords::map)
        .list();
  }

  long count(CampaignStatus status) {
    return jdbc.sql(
            "SELECT count(*) FROM campaign WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)")
        .param("status", status == null ? null : status.name())
        .query(Long.class)
        .single();
  }

  /**
   * The status a start answers with, written at once so that a read right after shows it. Only a
   * DRAFT moves: the workflow may already have saved its own status.
   */
  boolean markStarted(String id, CampaignStatus status) {
    return jdbc.sql(
                """
                UPDATE campaign
                   SET status = :status, updated_at = now(),
                       started_at = CASE WHEN :status = 'RUNNING' THEN now() ELSE started_at END
                 WHERE campaign_id = :id AND status = 'DRAFT'
                """)
            .param("id", id)
            .param("status", status.name())
            .update()
        == 1;
  }

  /** The status a control update answered with; a campaign that ended keeps its end. */
  void saveStatus(String id, CampaignStatus status) {
    jdbc.sql(
            """
            UPDATE campaign
               SET status = :status, updated_at = now(),
                   completed_at = CASE WHEN :status IN ('COMPLETED', 'CANCELED')
                                       THEN COALESCE(completed_at, now()) ELSE completed_at END
             WHERE campaign_id = :id AND status NOT IN ('DRAFT', 'COMPLETED', 'CANCELED')
            """)
        .param("id", id)
        .param("status", status.name())
        .update();
  }

  /**
   * Cancels a campaign that never started, and its contacts with it, in one transaction: a start
   * racing it finds either a DRAFT with its contacts or a canceled campaign with none waiting.
   */
  boolean cancelDraft(String id) {
    return Boolean.TRUE.equals(tx.execute(status -> cancelDraftNow(id)));
  }

  private boolean cancelDraftNow(String id) {
    boolean canceled =
        jdbc.sql(
                    """
                    UPDATE campaign SET status = 'CANCELED', completed_at = now(), updated_at = now()
                     WHERE campaign_id = :id AND status = 'DRAFT'
                    """)
                .param("id", id)
                .update()
            == 1;
    if (canceled) {
      jdbc.sql(
              """
              UPDATE campaign_contact SET state = 'CANCELED', updated_at = now(),
                     note = 'the campaign was canceled before it started'
               WHERE campaign_id = :id AND state = 'PENDING'
              """)
          .param("id", id)
          .update();
    }
    return canceled;
  }

  /**
   * @param draftOnly true for a DRAFT's own change: false when another writer moved it on
   */
  boolean saveSettings(String id, CampaignSettings settings, boolean draftOnly) {
    return jdbc.sql(
                "UPDATE campaign SET settings = :settings::jsonb, updated_at = now()"
                    + " WHERE campaign_id = :id AND "
                    + (draftOnly ? "status = 'DRAFT'" : "status NOT IN ('COMPLETED', 'CANCELED')"))
            .param("id", id)
            .param("settings", CampaignSettingsJson.write(settings))
            .update()
        == 1;
  }

  boolean hasContacts(String id) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign_contact WHERE campaign_id = :id)")
        .param("id", id)
        .query(Boolean.class)
        .single();
  }

  private static CampaignRecord map(ResultSet rs, int row) throws SQLException {
    return new CampaignRecord(
        rs.getString("campaign_id"),
        rs.getString("name"),
        CampaignPurpose.valueOf(rs.getString("purpose")),
        CampaignStatus.valueOf(rs.getString("status")),
        CampaignSettingsJson.read(rs.getString("settings")),
        SqlTimes.instant(rs, "created_at"),
        SqlTimes.instant(rs, "started_at"),
        SqlTimes.instant(rs, "completed_at"),
        rs.getString("pause_reason"));
  }
}
