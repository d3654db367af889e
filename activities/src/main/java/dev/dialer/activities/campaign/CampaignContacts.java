package dev.dialer.activities.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.SqlTimes;
import dev.dialer.activities.StringMapJson;
import dev.dialer.workflows.campaign.ContactState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hopper's table, {@code campaign_contact}. Callers hold a transaction: the claim locks the
 * rows it looks at until it has moved each one on.
 */
@Repository
class CampaignContacts {

  private static final String COLUMNS =
      "contact_id, campaign_id, phone, name, timezone, zip, us_state,"
          + " custom_parameters::text AS custom_parameters, state, attempts, calls, last_call_id";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  CampaignContacts(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The contacts a claim with this token moved to DIALING that are still dialing. */
  List<HopperContact> claimedBy(String campaignId, String claimToken) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM campaign_contact
                 WHERE claim_token = :token AND state = 'DIALING' AND campaign_id = :campaign
                 ORDER BY contact_id
                """)
        .param("token", claimToken)
        .param("campaign", campaignId)
        .query(this::contact)
        .list();
  }

  /** Closes waiting contacts that have used every attempt: the limit may have been lowered. */
  int exhaust(String campaignId, int maxAttempts) {
    return jdbc.sql(
            """
            UPDATE campaign_contact
               SET state = 'EXHAUSTED', next_eligible_at = NULL, updated_at = now(),
                   note = 'every attempt the campaign allows was used: ' || attempts || ' of '
                          || :max
             WHERE campaign_id = :campaign AND state IN ('PENDING', 'RETRY') AND attempts >= :max
            """)
        .param("campaign", campaignId)
        .param("max", maxAttempts)
        .update();
  }

  /**
   * Locks up to {@code limit} contacts eligible at {@code at}, soonest eligible first. Rows another
   * transaction holds are skipped, not waited for.
   */
  List<HopperContact> lockEligible(String campaignId, Instant at, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM campaign_contact
                 WHERE campaign_id = :campaign AND state IN ('PENDING', 'RETRY')
                   AND (next_eligible_at IS NULL OR next_eligible_at <= :at)
                 ORDER BY next_eligible_at NULLS FIRST, contact_id
                 LIMIT :limit
                 FOR UPDATE SKIP LOCKED
                """)
        .param("campaign", campaignId)
        .param("at", Timestamp.from(at))
        .param("limit", limit)
        .query(this::contact)
        .list();
  }

  /** Moves the claimed contacts to DIALING on their calls, in one statement. */
  void markDialing(List<DialingContact> dialing, String claimToken, Instant at) {
    if (dialing.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            UPDATE campaign_contact c
               SET state = 'DIALING', attempts = c.attempts + 1, calls = c.calls + 1,
                   claim_token = :token, last_call_id = v.call_id, last_attempt_at = :at,
                   note = NULL, updated_at = now()
              FROM (VALUES :rows) AS v(contact_id, call_id)
             WHERE c.contact_id = v.contact_id
            """)
        .param(
            "rows",
            dialing.stream().map(d -> new Object[] {d.contact().contactId(), d.callId()}).toList())
        .param("token", claimToken)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** Leaves the contact waiting, in its state, until {@code next}. */
  void defer(long contactId, Instant next, String note) {
    jdbc.sql(
            """
            UPDATE campaign_contact SET next_eligible_at = :next, note = :note, updated_at = now()
             WHERE contact_id = :id
            """)
        .param("id", contactId)
        .param("next", Timestamp.from(next))
        .param("note", note)
        .update();
  }

  /** Moves a contact the claim will not dial to a terminal state; a null disposition keeps it. */
  void close(long contactId, ContactState state, String disposition, String note) {
    jdbc.sql(
            """
            UPDATE campaign_contact
               SET state = :state, next_eligible_at = NULL, claim_token = NULL,
                   last_disposition = COALESCE(:disposition, last_disposition), note = :note,
                   updated_at = now()
             WHERE contact_id = :id
            """)
        .param("id", contactId)
        .param("state", state.name())
        .param("disposition", disposition)
        .param("note", note)
        .update();
  }

  /** The contact, locked, when it is dialing this very call; empty for any other call. */
  Optional<HopperContact> lockDialing(String campaignId, long contactId, String callId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM campaign_contact
                 WHERE contact_id = :id AND campaign_id = :campaign
                   AND state = 'DIALING' AND last_call_id = :callId
                 FOR UPDATE
                """)
        .param("id", contactId)
        .param("campaign", campaignId)
        .param("callId", callId)
        .query(this::contact)
        .optional();
  }

  /** Stores where an attempt left the contact. */
  void settle(long contactId, ContactOutcome outcome) {
    jdbc.sql(
            """
            UPDATE campaign_contact
               SET state = :state, attempts = :attempts, next_eligible_at = :next,
                   last_disposition = :disposition, note = :note, claim_token = NULL,
                   updated_at = now()
             WHERE contact_id = :id
            """)
        .param("id", contactId)
        .param("state", outcome.state().name())
        .param("attempts", outcome.attempts())
        .param(
            "next",
            outcome.nextEligibleAt() == null ? null : Timestamp.from(outcome.nextEligibleAt()))
        .param("disposition", outcome.disposition())
        .param("note", outcome.note())
        .update();
  }

  HopperSummary summary(String campaignId, Instant at) {
    return jdbc.sql(
            """
            SELECT (SELECT COALESCE(next_eligible_at, :at) FROM campaign_contact
                     WHERE campaign_id = :campaign AND state IN ('PENDING', 'RETRY')
                     ORDER BY next_eligible_at NULLS FIRST, contact_id LIMIT 1) AS next_eligible_at,
                   (SELECT count(*) FROM campaign_contact
                     WHERE campaign_id = :campaign AND state IN ('PENDING', 'RETRY', 'DIALING'))
                     AS open
            """)
        .param("campaign", campaignId)
        .param("at", Timestamp.from(at))
        .query(
            (rs, row) ->
                new HopperSummary(SqlTimes.instant(rs, "next_eligible_at"), rs.getLong("open")))
        .single();
  }

  /**
   * Closes every waiting contact; the note keeps why and until when it was waiting, so a report can
   * still say what it was waiting for.
   */
  int closeWaiting(String campaignId, ContactState state, String note) {
    return jdbc.sql(
            """
            UPDATE campaign_contact
               SET state = :state, claim_token = NULL, updated_at = now(),
                   note = :note
                          || COALESCE('; it was waiting until '
                                      || to_char(next_eligible_at AT TIME ZONE 'UTC',
                                                 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
                          || COALESCE(' (' || note || ')', ''),
                   next_eligible_at = NULL
             WHERE campaign_id = :campaign AND state IN ('PENDING', 'RETRY')
            """)
        .param("campaign", campaignId)
        .param("state", state.name())
        .param("note", note)
        .update();
  }

  private HopperContact contact(ResultSet rs, int row) throws SQLException {
    return new HopperContact(
        rs.getLong("contact_id"),
        rs.getString("campaign_id"),
        rs.getString("phone"),
        rs.getString("name"),
        rs.getString("timezone"),
        rs.getString("zip"),
        rs.getString("us_state"),
        parameters(rs.getString("custom_parameters")),
        ContactState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        rs.getInt("calls"),
        rs.getString("last_call_id"));
  }

  private Map<String, String> parameters(String text) {
    return StringMapJson.read(json, text, "campaign_contact.custom_parameters");
  }
}
