package dev.dialer.api.twilio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.StringMapJson;
import dev.dialer.activities.call.CallEvent;
import dev.dialer.activities.call.CallLedger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhooks are stored here before anything else happens to them: a callback accepted once is never
 * lost, whatever happens to Temporal or the api afterwards. The relay signals what is stored.
 */
@Component
class WebhookInbox {

  private static final String COLUMNS =
      "id, kind, call_id, params::text AS params, received_at, attempts";

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final CallLedger ledger;

  WebhookInbox(JdbcClient jdbc, ObjectMapper json, CallLedger ledger) {
    this.jdbc = jdbc;
    this.json = json;
    this.ledger = ledger;
  }

  /**
   * Stores a webhook and the call event it reports, in one transaction. Returns the inbox id, or
   * empty when the same webhook was stored before (Twilio and proxies do send duplicates).
   */
  @Transactional
  Optional<Long> accept(String kind, String callId, String url, Map<String, String> params) {
    String callSid = params.get("CallSid");
    String dedupeKey = dedupeKey(kind, callSid, params);
    Optional<Long> id =
        jdbc.sql(
                """
                INSERT INTO webhook_inbox (kind, dedupe_key, call_id, call_sid, url, params)
                VALUES (:kind, :key, :callId, :sid, :url, :params::jsonb)
                ON CONFLICT (dedupe_key) DO NOTHING RETURNING id
                """)
            .param("kind", kind)
            .param("key", dedupeKey)
            .param("callId", callId)
            .param("sid", callSid)
            .param("url", url)
            .param("params", toJson(params))
            .query(Long.class)
            .optional();
    if (id.isPresent()
        && !InboxEntry.CONNECT_ACTION.equals(kind)
        && callId != null
        && ledger.find(callId).isPresent()) {
      record(kind, callId, dedupeKey, params);
    }
    return id;
  }

  private void record(String kind, String callId, String dedupeKey, Map<String, String> params) {
    String callSid = params.get("CallSid");
    if (callSid != null) {
      ledger.attachSid(callId, callSid);
    }
    Instant at = TwilioParams.timestamp(params).orElse(Instant.now());
    if (InboxEntry.AMD.equals(kind)) {
      ledger.addEvent(
          new CallEvent(
              callId,
              callSid,
              "machine-detection",
              null,
              "amd-callback",
              params.get("AnsweredBy"),
              null,
              null,
              at,
              dedupeKey));
      return;
    }
    Long sequence = TwilioParams.sequenceNumber(params).orElse(null);
    ledger.addEvent(
        new CallEvent(
            callId,
            callSid,
            params.get("CallStatus"),
            sequence,
            "status-callback",
            params.get("AnsweredBy"),
            TwilioParams.integer(params, "CallDuration").orElse(null),
            params.get("SipResponseCode"),
            at,
            dedupeKey));
    if (sequence != null && params.get("CallStatus") != null) {
      ledger.advanceStatus(callId, params.get("CallStatus"), sequence, at);
    }
  }

  /** Locks one undelivered entry for this transaction; empty if delivered or locked elsewhere. */
  Optional<InboxEntry> lock(long id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM webhook_inbox WHERE id = :id AND delivered_at IS NULL"
                + " FOR UPDATE SKIP LOCKED")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** Locks the entries due for delivery, oldest first; other relays skip them. */
  List<InboxEntry> lockDue(int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM webhook_inbox WHERE delivered_at IS NULL"
                + " AND next_attempt_at <= now() ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
        .param("limit", limit)
        .query(this::map)
        .list();
  }

  void delivered(long id, String note) {
    jdbc.sql(
            "UPDATE webhook_inbox SET delivered_at = now(), attempts = attempts + 1,"
                + " last_error = :note WHERE id = :id")
        .param("id", id)
        .param("note", note)
        .update();
  }

  void retryLater(long id, String error, Duration wait) {
    jdbc.sql(
            "UPDATE webhook_inbox SET attempts = attempts + 1, last_error = :error,"
                + " next_attempt_at = now() + make_interval(secs => :secs) WHERE id = :id")
        .param("id", id)
        .param("error", error)
        .param("secs", wait.toMillis() / 1000.0)
        .update();
  }

  long undelivered() {
    return jdbc.sql("SELECT count(*) FROM webhook_inbox WHERE delivered_at IS NULL")
        .query(Long.class)
        .single();
  }

  private static String dedupeKey(String kind, String callSid, Map<String, String> params) {
    if (InboxEntry.AMD.equals(kind)) {
      return "amd:" + callSid;
    }
    if (InboxEntry.CONNECT_ACTION.equals(kind)) {
      return "connect-action:" + callSid + ":" + params.get("SessionId");
    }
    return "status:"
        + callSid
        + ":"
        + params.getOrDefault("SequenceNumber", "status-" + params.get("CallStatus"));
  }

  private InboxEntry map(ResultSet rs, int row) throws SQLException {
    Timestamp received = rs.getTimestamp("received_at");
    return new InboxEntry(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getString("call_id"),
        StringMapJson.read(json, rs.getString("params"), "webhook_inbox.params"),
        received.toInstant(),
        rs.getInt("attempts"));
  }

  private String toJson(Map<String, String> params) {
    return StringMapJson.write(json, params);
  }
}
