package dev.dialer.api.twilio;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A call's AMD verdict as the webhook inbox stored it ({@code AnsweredBy} of its AMD callback),
 * stored before it is signalled, so the voice webhook sees it as soon as Twilio sent it.
 */
@Component
class AmdVerdicts {

  /** Served by webhook_inbox_call_idx (call_id); a call has a handful of inbox rows. */
  static final String SQL =
      "SELECT params->>'AnsweredBy' FROM webhook_inbox"
          + " WHERE call_id = :callId AND kind = :kind ORDER BY id LIMIT 1";

  private final JdbcClient jdbc;

  AmdVerdicts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty while no AMD callback for the call is stored; one lookup on webhook_inbox_call_idx. */
  Optional<String> answeredBy(String callId) {
    return jdbc.sql(SQL)
        .param("callId", callId)
        .param("kind", InboxEntry.AMD)
        .query(String.class)
        .optional();
  }
}
