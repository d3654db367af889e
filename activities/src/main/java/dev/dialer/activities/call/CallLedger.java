package dev.dialer.activities.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.SqlTimes;
import dev.dialer.activities.StringMapJson;
import dev.dialer.workflows.call.CallResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The call ledger: one row per dial attempt, and the events the carrier reported for it. Every
 * write is a single statement, so each commits on its own: the dial activity relies on its row
 * being durable before it calls Twilio.
 */
@Repository
public class CallLedger {

  private static final String COLUMNS =
      "call_id, workflow_id, call_sid, to_number, from_number, status, last_sequence,"
          + " disposition, answered_by, error_code, duration_seconds, custom_parameters::text AS"
          + " custom_parameters, prompt, first_message, created_at, dial_started_at, answered_at,"
          + " ended_at, next_allowed_at, compliance_reason";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public CallLedger(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Returns false when a row for this call already exists. */
  public boolean create(NewCall call) {
    return jdbc.sql(
                """
                INSERT INTO call_ledger (call_id, workflow_id, to_number, from_number, status,
                                         custom_parameters, prompt, first_message)
                VALUES (:callId, :workflowId, :to, :from, 'scheduled', :params::jsonb, :prompt,
                        :firstMessage)
                ON CONFLICT (call_id) DO NOTHING
                """)
            .param("callId", call.callId())
            .param("workflowId", call.workflowId())
            .param("to", call.to())
            .param("from", call.from())
            .param("params", StringMapJson.write(json, call.customParameters()))
            .param("prompt", call.prompt())
            .param("firstMessage", call.firstMessage())
            .update()
        == 1;
  }

  public Optional<CallRecord> find(String callId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM call_ledger WHERE call_id = :id")
        .param("id", callId)
        .query(this::map)
        .optional();
  }

  public Optional<CallRecord> findBySid(String callSid) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM call_ledger WHERE call_sid = :sid")
        .param("sid", callSid)
        .query(this::map)
        .optional();
  }

  /**
   * The fencing token of the dial try that marked the attempt started, or empty when none has; a
   * try reads it first and hands it to {@link #claimDial}.
   */
  public Optional<String> dialToken(String callId) {
    return jdbc.sql("SELECT dial_token FROM call_ledger WHERE call_id = :id")
        .param("id", callId)
        .query((rs, row) -> Optional.ofNullable(rs.getString("dial_token")))
        .optional()
        .flatMap(token -> token);
  }

  /**
   * Marks the dial started for the try holding {@code token}, if the attempt is still as that try
   * read it ({@code seen}, null for never marked) and has no call: a compare-and-set, so of two
   * tries that read the same row only one owns the attempt and may send the create.
   *
   * @return whether this try owns the attempt
   */
  public boolean claimDial(String callId, String seen, String token) {
    return jdbc.sql(
                """
                UPDATE call_ledger
                   SET dial_token = :token, dial_started_at = now(), status = 'dialing',
                       updated_at = now()
                 WHERE call_id = :id AND call_sid IS NULL AND disposition IS NULL
                   AND COALESCE(dial_token, '') = COALESCE(CAST(:seen AS text), '')
                """)
            .param("id", callId)
            .param("seen", seen)
            .param("token", token)
            .update()
        == 1;
  }

  /**
   * Whether the try that marked the dial started may still be waiting for Twilio's answer to its
   * create: less than {@code bound} (the longest a create request takes) has passed since, by the
   * database's clock.
   */
  public boolean dialMayBeInFlight(String callId, Duration bound) {
    return jdbc.sql(
            """
            SELECT dial_started_at > now() - :micros * interval '1 microsecond'
              FROM call_ledger WHERE call_id = :id AND dial_started_at IS NOT NULL
            """)
        .param("id", callId)
        .param("micros", bound.toNanos() / 1000)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Marks that a dial is about to be sent; the retry of a crashed dial looks for this mark. */
  public void markDialStarted(String callId) {
    jdbc.sql(
            """
            UPDATE call_ledger SET dial_started_at = now(), status = 'dialing', updated_at = now()
            WHERE call_id = :id AND dial_started_at IS NULL
            """)
        .param("id", callId)
        .update();
  }

  /**
   * Ties Twilio's CallSid to the attempt. First writer wins: the dial activity and the first status
   * callback race to do this, and both carry the same sid. Before the dial has started no call can
   * exist for this attempt, so nothing is attached then.
   */
  public void attachSid(String callId, String callSid) {
    jdbc.sql(
            """
            UPDATE call_ledger SET call_sid = :sid, updated_at = now()
            WHERE call_id = :id AND call_sid IS NULL AND dial_started_at IS NOT NULL
            """)
        .param("id", callId)
        .param("sid", callSid)
        .update();
  }

  /** Moves the ledger's status forward; a callback numbered lower than one already seen is old. */
  public void advanceStatus(String callId, String status, long sequenceNumber, Instant at) {
    jdbc.sql(
            """
            UPDATE call_ledger
               SET status = :status, last_sequence = :seq, updated_at = now(),
                   answered_at = CASE WHEN :status = 'in-progress' AND answered_at IS NULL
                                      THEN :at ELSE answered_at END
             WHERE call_id = :id AND last_sequence < :seq AND disposition IS NULL
            """)
        .param("id", callId)
        .param("status", status)
        .param("seq", sequenceNumber)
        .param("at", Timestamp.from(at))
        .update();
  }

  /**
   * Stores how the attempt ended. Repeating it with the same result changes nothing.
   *
   * @param status the ledger's final status: Twilio's, or one of ours for a call never placed
   */
  public void finish(CallResult result, String status, Instant endedAt) {
    jdbc.sql(
            """
            UPDATE call_ledger
               SET disposition = :disposition,
                   status = :status,
                   call_sid = COALESCE(call_sid, :sid),
                   answered_by = :answeredBy, error_code = :errorCode,
                   duration_seconds = :duration,
                   next_allowed_at = :nextAllowedAt, compliance_reason = :complianceReason,
                   ended_at = COALESCE(ended_at, :endedAt), updated_at = now()
             WHERE call_id = :id
            """)
        .param("id", result.callId())
        .param("disposition", result.disposition().name())
        .param("status", status)
        .param("sid", result.callSid())
        .param("answeredBy", result.answeredBy())
        .param("errorCode", result.errorCode())
        .param("duration", result.durationSeconds())
        .param("endedAt", Timestamp.from(endedAt))
        .param(
            "nextAllowedAt",
            result.nextAllowedAt() == null ? null : Timestamp.from(result.nextAllowedAt()))
        .param("complianceReason", result.complianceReason())
        .update();
  }

  /** Returns false when an event with the same dedupe key was stored before. */
  public boolean addEvent(CallEvent event) {
    return jdbc.sql(
                """
                INSERT INTO call_status_event (call_id, call_sid, status, sequence_number, source,
                    answered_by, duration_seconds, sip_response_code, occurred_at, dedupe_key)
                VALUES (:callId, :sid, :status, :seq, :source, :answeredBy, :duration, :sip,
                        :occurredAt, :key)
                ON CONFLICT (dedupe_key) DO NOTHING
                """)
            .param("callId", event.callId())
            .param("sid", event.callSid())
            .param("status", event.status())
            .param("seq", event.sequenceNumber())
            .param("source", event.source())
            .param("answeredBy", event.answeredBy())
            .param("duration", event.durationSeconds())
            .param("sip", event.sipResponseCode())
            .param("occurredAt", Timestamp.from(event.occurredAt()))
            .param("key", event.dedupeKey())
            .update()
        == 1;
  }

  public List<CallEvent> events(String callId) {
    return jdbc.sql(
            """
            SELECT call_id, call_sid, status, sequence_number, source, answered_by,
                   duration_seconds, sip_response_code, occurred_at, dedupe_key
              FROM call_status_event WHERE call_id = :id
             ORDER BY sequence_number NULLS LAST, occurred_at, id
            """)
        .param("id", callId)
        .query(
            (rs, row) ->
                new CallEvent(
                    rs.getString("call_id"),
                    rs.getString("call_sid"),
                    rs.getString("status"),
                    rs.getObject("sequence_number", Long.class),
                    rs.getString("source"),
                    rs.getString("answered_by"),
                    rs.getObject("duration_seconds", Integer.class),
                    rs.getString("sip_response_code"),
                    SqlTimes.instant(rs, "occurred_at"),
                    rs.getString("dedupe_key")))
        .list();
  }

  /** Newest first; {@code status} null means any. */
  public CallPage list(String status, int limit, int offset) {
    String where = status == null ? "" : " WHERE status = :status";
    var count = jdbc.sql("SELECT count(*) FROM call_ledger" + where);
    var page =
        jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM call_ledger"
                + where
                + " ORDER BY created_at DESC, call_id LIMIT :limit OFFSET :offset");
    if (status != null) {
      count = count.param("status", status);
      page = page.param("status", status);
    }
    long total = count.query(Long.class).single();
    List<CallRecord> calls =
        page.param("limit", limit).param("offset", offset).query(this::map).list();
    return new CallPage(total, limit, offset, calls);
  }

  private CallRecord map(ResultSet rs, int row) throws SQLException {
    return new CallRecord(
        rs.getString("call_id"),
        rs.getString("workflow_id"),
        rs.getString("call_sid"),
        rs.getString("to_number"),
        rs.getString("from_number"),
        rs.getString("status"),
        rs.getLong("last_sequence"),
        rs.getString("disposition"),
        rs.getString("answered_by"),
        rs.getObject("error_code", Integer.class),
        rs.getObject("duration_seconds", Integer.class),
        StringMapJson.read(
            json, rs.getString("custom_parameters"), "call_ledger.custom_parameters"),
        rs.getString("prompt"),
        rs.getString("first_message"),
        SqlTimes.instant(rs, "created_at"),
        SqlTimes.instant(rs, "dial_started_at"),
        SqlTimes.instant(rs, "answered_at"),
        SqlTimes.instant(rs, "ended_at"),
        SqlTimes.instant(rs, "next_allowed_at"),
        rs.getString("compliance_reason"));
  }
}
