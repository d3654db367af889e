package dev.dialer.activities.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.SqlTimes;
import dev.dialer.activities.StringMapJson;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.campaign.CampaignSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The call ledger rows of a campaign's attempts. The claim writes each row in the transaction that
 * moves its contact to DIALING, so a claimed contact always has one; the call's dial then uses it.
 */
@Repository
class CampaignCalls {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  CampaignCalls(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Writes the claimed contacts' ledger rows in one statement; a row that exists stays. */
  void create(List<DialingContact> dialing, CampaignSettings settings) {
    if (dialing.isEmpty()) {
      return;
    }
    var agent = settings.agent();
    jdbc.sql(
            """
            INSERT INTO call_ledger (call_id, workflow_id, to_number, from_number, status,
                                     custom_parameters, prompt, first_message, campaign_id,
                                     purpose, contact_id)
            SELECT v.call_id, v.workflow_id, v.to_number, CAST(:from AS text), 'scheduled',
                   CAST(v.params AS jsonb), CAST(:prompt AS text), CAST(:firstMessage AS text),
                   v.campaign_id, CAST(:purpose AS text), v.contact_id
              FROM (VALUES :rows) AS v(call_id, workflow_id, to_number, params, campaign_id,
                                       contact_id)
            ON CONFLICT DO NOTHING
            """)
        .param("rows", dialing.stream().map(this::row).toList())
        .param("from", settings.callerId())
        .param("prompt", agent == null ? null : agent.prompt())
        .param("firstMessage", agent == null ? null : agent.firstMessage())
        .param("purpose", settings.compliancePurpose().name())
        .update();
  }

  private Object[] row(DialingContact d) {
    HopperContact contact = d.contact();
    return new Object[] {
      d.callId(),
      WorkflowIds.call(d.callId()),
      d.phone(),
      toJson(contact.customParameters()),
      contact.campaignId(),
      contact.contactId()
    };
  }

  /** The calls among {@code callIds} the ledger knows the end of. */
  List<CallEnded> ended(String campaignId, List<String> callIds) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT call_id, contact_id, call_sid, disposition, status, duration_seconds,
                   answered_by, error_code, next_allowed_at, compliance_reason
              FROM call_ledger
             WHERE call_id IN (:ids) AND campaign_id = :campaign
               AND disposition IS NOT NULL AND contact_id IS NOT NULL
             ORDER BY call_id
            """)
        .param("ids", callIds)
        .param("campaign", campaignId)
        .query(CampaignCalls::ended)
        .list();
  }

  static final String UNRECORDED =
      """
        SELECT l.call_id, l.contact_id, l.call_sid, l.disposition, l.status,
               l.duration_seconds, l.answered_by, l.error_code, l.next_allowed_at,
               l.compliance_reason
          FROM campaign_contact c
         CROSS JOIN LATERAL (
               SELECT * FROM call_ledger l
                WHERE l.call_id = c.last_call_id
                  AND l.campaign_id = :campaign AND l.contact_id = c.contact_id
                  AND l.disposition IS NOT NULL
               OFFSET 0) l
         WHERE c.campaign_id = :campaign AND c.state = 'DIALING'
         ORDER BY l.call_id
         LIMIT :limit
        """;

  /**
   * Ends of this campaign's calls not recorded yet: the ledger has the disposition, and the contact
   * is still DIALING on that call. Read through the contacts DIALING (at most the campaign's calls
   * in flight), by callId.
   *
   * <p>The ledger is looked up per contact by its key, as in {@link DialingCalls#of}: left to
   * itself the planner hash-joins a sequential scan of the whole ledger, every campaign's calls
   * ever made, once a second (53 ms against 6 ms with 107,000 ledger rows, growing with them).
   */
  List<CallEnded> unrecorded(String campaignId, int limit) {
    return jdbc.sql(UNRECORDED)
        .param("campaign", campaignId)
        .param("limit", limit)
        .query(CampaignCalls::ended)
        .list();
  }

  /**
   * FAILED ends for calls whose workflow closed without writing one, the way a campaign ends a
   * child call that closed without reporting: their contacts are retried as the campaign's rules
   * say.
   */
  List<CallEnded> closedWithoutEnd(String campaignId, List<String> callIds) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT call_id, contact_id, call_sid
              FROM call_ledger
             WHERE call_id IN (:ids) AND campaign_id = :campaign
               AND disposition IS NULL AND contact_id IS NOT NULL
             ORDER BY call_id
            """)
        .param("ids", callIds)
        .param("campaign", campaignId)
        .query(
            (rs, row) -> {
              String callId = rs.getString("call_id");
              return new CallEnded(
                  callId,
                  rs.getLong("contact_id"),
                  new CallResult(
                      callId,
                      rs.getString("call_sid"),
                      Disposition.FAILED,
                      null,
                      null,
                      null,
                      null));
            })
        .list();
  }

  private static CallEnded ended(ResultSet rs, int row) throws SQLException {
    String callId = rs.getString("call_id");
    String callSid = rs.getString("call_sid");
    var result =
        new CallResult(
            callId,
            callSid,
            Disposition.valueOf(rs.getString("disposition")),
            // Without a CallSid no call was ever created: the ledger's status is then ours.
            callSid == null ? null : rs.getString("status"),
            rs.getObject("duration_seconds", Integer.class),
            rs.getString("answered_by"),
            rs.getObject("error_code", Integer.class),
            SqlTimes.instant(rs, "next_allowed_at"),
            rs.getString("compliance_reason"));
    return new CallEnded(callId, rs.getLong("contact_id"), result);
  }

  private String toJson(Map<String, String> map) {
    return StringMapJson.write(json, map);
  }
}
