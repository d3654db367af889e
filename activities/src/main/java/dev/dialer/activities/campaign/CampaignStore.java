package dev.dialer.activities.campaign;

import dev.dialer.workflows.campaign.CampaignStateChange;
import dev.dialer.workflows.campaign.CampaignStatus;
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
   * Stores the change; empty when there is no such campaign. A campaign that ended (COMPLETED,
   * CANCELED) is never changed again. A final status is stored only while no contact waits (PENDING
   * or RETRY): the campaign's row is locked first, which waits for any upload still adding contacts
   * (it holds a key-share lock on the row until it commits), and the count that follows sees what
   * that upload added.
   */
  Optional<SavedState> save(CampaignStateChange change) {
    return tx.execute(
        status -> {
          boolean toFinal = change.status() != null && change.status().isFinal();
          Optional<CampaignStatus> stored = lock(change.campaignId(), toFinal);
          if (stored.isEmpty()) {
            return Optional.<SavedState>empty();
          }
          // An ended campaign keeps its end: a save of its workflow's may come after a DRAFT's
          // cancel, or after the other final status. The same end again is no change.
          if (stored.get().isFinal()) {
            return Optional.of(
                stored.get() == change.status()
                    ? SavedState.saved()
                    : SavedState.ended(stored.get()));
          }
          if (toFinal) {
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

  /**
   * Only a final status must wait for uploads: a lock that does not conflict with their key-share
   * lock is enough to keep a concurrent end from being overwritten.
   */
  private Optional<CampaignStatus> lock(String campaignId, boolean toFinal) {
    return jdbc.sql(
            "SELECT status FROM campaign WHERE campaign_id = :campaign "
                + (toFinal ? "FOR UPDATE" : "FOR NO KEY UPDATE"))
        .param("campaign", campaignId)
        .query(String.class)
        .optional()
        .map(CampaignStatus::valueOf);
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
                 WHERE campaign_id = :campaign AND status NOT IN ('COMPLETED', 'CANCELED')
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
