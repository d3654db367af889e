package dev.dialer.activities.campaign;

import dev.dialer.workflows.campaign.CampaignStateChange;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code campaign} row: status, settings and times as the campaign's workflow holds them. */
@Repository
class CampaignStore {

  private final JdbcClient jdbc;

  CampaignStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns false when there is no such campaign. */
  boolean save(CampaignStateChange change) {
    String status = change.status() == null ? null : change.status().name();
    return jdbc.sql(
                """
                UPDATE campaign
                   SET status = COALESCE(:status, status),
                       settings = COALESCE(CAST(:settings AS jsonb), settings),
                       started_at = CASE WHEN :status = 'RUNNING'
                                         THEN COALESCE(started_at, :at) ELSE started_at END,
                       completed_at = CASE WHEN :status IN ('COMPLETED', 'CANCELED')
                                           THEN :at ELSE completed_at END,
                       updated_at = now()
                 WHERE campaign_id = :campaign
                """)
            .param("campaign", change.campaignId())
            .param("status", status)
            .param(
                "settings",
                change.settings() == null ? null : CampaignSettingsJson.write(change.settings()))
            .param("at", Timestamp.from(change.at()))
            .update()
        == 1;
  }
}
