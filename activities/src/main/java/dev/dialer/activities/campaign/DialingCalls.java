package dev.dialer.activities.campaign;

import dev.dialer.activities.SqlTimes;
import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.RecordResults;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's contacts DIALING and the calls they are dialing, for a recovery that rebuilds what
 * Temporal lost: each call is reconciled outside its workflow and its end recorded here as the
 * workflow would have.
 */
@Component
public class DialingCalls {

  /**
   * @param callSid null while Twilio never confirmed a create
   * @param dialStartedAt null when the dial never began: nothing can have reached Twilio
   */
  public record DialingCall(long contactId, String callId, String callSid, Instant dialStartedAt) {}

  private final JdbcClient jdbc;
  private final CampaignResults results;

  DialingCalls(JdbcClient jdbc, CampaignResults results) {
    this.jdbc = jdbc;
    this.results = results;
  }

  public List<DialingCall> of(String campaignId) {
    return jdbc.sql(
            """
            SELECT c.contact_id, c.last_call_id, l.call_sid, l.dial_started_at
              FROM campaign_contact c JOIN call_ledger l ON l.call_id = c.last_call_id
             WHERE c.campaign_id = :campaign AND c.state = 'DIALING' AND l.disposition IS NULL
             ORDER BY c.contact_id
            """)
        .param("campaign", campaignId)
        .query(
            (rs, row) ->
                new DialingCall(
                    rs.getLong("contact_id"),
                    rs.getString("last_call_id"),
                    rs.getString("call_sid"),
                    SqlTimes.instant(rs, "dial_started_at")))
        .list();
  }

  /** Records the end and plans the contact's next attempt by the campaign's retry rules. */
  public void ended(String campaignId, CampaignSettings settings, CallEnded ended) {
    results.record(new RecordResults(campaignId, Instant.now(), settings, List.of(ended)));
  }
}
