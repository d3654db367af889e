package dev.dialer.activities.campaign;

import dev.dialer.workflows.campaign.CampaignStateChange;
import dev.dialer.workflows.campaign.SavedState;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code campaign} row: status, settings and times as the campaign's workflow holds them. */
@Repository
class CampaignStore {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  CampaignStore(JdbcClient jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  /**
   * Stores the change; empty when there is no such campaign. A final status is stored only while no
   * contact waits (PENDING or RETRY): the campaign's row is locked first, which waits for any
   * upload still adding contacts (it holds a key-share lock on the row until it commits), and the
   * count that follows sees what that upload added.
   */
  Optional<SavedState> save(CampaignStateChange change) {
    return tx.execute(
        status -> {
          if (change.status() != null && change.status().isFinal()) {
            if (jdbc.sql("SELECT 1 FROM campaign WHERE campaign_id = :campaign FOR UPDATE")
                .param("campaign", change.campaignId())
                .query(Integer.class)
                .optional()
                .isEmpty()) {
              return Optional.<SavedState>empty();
            }
            long waiting =
                jdbc.sql(
                        """
                        SELECT count(*) FROM campaign_contact
                         WHERE campaign_id = :campaign AND state IN ('PENDING', 'RETRY')
                        """)
                    .param("campaign", change.campaignId())
                    .query(Long.class)
                    .single();
            if (waiting > 0) {
              return Optional.of(SavedState.refused(waiting));
            }
          }
          return update(change) ? Optional.of(SavedState.saved()) : Optional.<SavedState>empty();
        });
  }

  private boolean update(CampaignStateChange change) {
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
                       pause_reason = CASE WHEN :status IS NULL OR :status = 'PAUSED'
                                           THEN COALESCE(CAST(:pauseReason AS text), pause_reason)
                                           END,
                       updated_at = now()
                 WHERE campaign_id = :campaign
                """)
            .param("campaign", change.campaignId())
            .param("status", status)
            .param(
                "settings",
                change.settings() == null ? null : CampaignSettingsJson.write(change.settings()))
            .param("at", Timestamp.from(change.at()))
            .param("pauseReason", change.pauseReason())
            .update()
        == 1;
  }
}
