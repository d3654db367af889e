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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks are stored here before anything else happens to them: a callback accepted once is never
 * lost, whatever happens to Temporal or the api afterwards. The relay signals what is stored.
 */
@Component
class WebhookInbox {

  private static final String COLUMNS =
      "id, kind, call_id, params::text AS params, received_at, attempts";

  /** How long a relay may take to signal the entries it claimed before another may claim them. */
  static final Duration LEASE = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final CallLedger ledger;
  private final TransactionTemplate tx;

  WebhookInbox(JdbcClient jdbc, ObjectMapper json, CallLedger ledger, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.json = json;
    this.ledger = ledger;
    this.tx = tx;
  }

  /**
   * Stores a webhook, committed on its own, then the call event it reports in a transaction of its
   * own: a side effect that fails must not lose the webhook (Twilio does not send it again).
   * Returns the inbox id, or empty when the same webhook was stored before (Twilio and proxies do
   * send duplicates).
   */
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
        && callId != null
        && !InboxEntry.CONNECT_ACTION.equals(kind)
        && !InboxEntry.RECORDING.equals(kind)) {
      try {
        tx.executeWithoutResult(
            status -> {
              if (ledger.find(callId).isPresent()) {
                record(kind, callId, dedupeKey, params);
              }
            });
      } catch (RuntimeException e) {
        // Stored: the relay still signals it, and the workflow records what it says.
        log.warn(
            "Webhook {} for callId={} stored, but its ledger event was not: {}",
            id.get(),
            callId,
            e.toString());
      }
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

  /**
   * Claims one undelivered entry for {@link #LEASE}, in a statement of its own; empty if delivered,
   * parked or claimed by another relay. The caller signals outside any transaction.
   */
  Optional<InboxEntry> claim(long id) {
    return jdbc.sql(
            "UPDATE webhook_inbox SET leased_until = now() + make_interval(secs => :lease)"
                + " WHERE id = (SELECT id FROM webhook_inbox WHERE id = :id"
                + " AND delivered_at IS NULL AND parked_at IS NULL"
                + " AND (leased_until IS NULL OR leased_until < now()) FOR UPDATE SKIP LOCKED)"
                + " RETURNING "
                + COLUMNS)
        .param("id", id)
        .param("lease", LEASE.toSeconds())
        .query(this::map)
        .optional();
  }

  /** Claims the entries due for delivery, oldest first, for {@link #LEASE}; others skip them. */
  List<InboxEntry> claimDue(int limit) {
    return jdbc
        .sql(
            "UPDATE webhook_inbox SET leased_until = now() + make_interval(secs => :lease)"
                + " WHERE id IN (SELECT id FROM webhook_inbox WHERE delivered_at IS NULL"
                + " AND parked_at IS NULL AND next_attempt_at <= now()"
                + " AND (leased_until IS NULL OR leased_until < now())"
                + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED)"
                + " RETURNING "
                + COLUMNS)
        .param("limit", limit)
        .param("lease", LEASE.toSeconds())
        .query(this::map)
        .list()
        .stream()
        .sorted(Comparator.comparingLong(InboxEntry::id))
        .toList();
  }

  /** Stops retrying an entry no workflow will take: kept, with why, for an operator to look at. */
  void park(long id, String reason) {
    jdbc.sql(
            "UPDATE webhook_inbox SET parked_at = now(), park_reason = :reason,"
                + " attempts = attempts + 1, leased_until = NULL WHERE id = :id")
        .param("id", id)
        .param("reason", reason)
        .update();
  }

  void delivered(long id, String note) {
    jdbc.sql(
            "UPDATE webhook_inbox SET delivered_at = now(), attempts = attempts + 1,"
                + " last_error = :note, leased_until = NULL WHERE id = :id")
        .param("id", id)
        .param("note", note)
        .update();
  }

  void retryLater(long id, String error, Duration wait) {
    jdbc.sql(
            "UPDATE webhook_inbox SET attempts = attempts + 1, last_error = :error,"
                + " leased_until = NULL,"
                + " next_attempt_at = now() + make_interval(secs => :secs) WHERE id = :id")
        .param("id", id)
        .param("error", error)
        .param("secs", wait.toMillis() / 1000.0)
        .update();
  }

  long undelivered() {
    return jdbc.sql(
            "SELECT count(*) FROM webhook_inbox WHERE delivered_at IS NULL AND parked_at IS NULL")
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
    if (InboxEntry.RECORDING.equals(kind)) {
      return "recording:" + params.get("RecordingSid") + ":" + params.get("RecordingStatus");
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
