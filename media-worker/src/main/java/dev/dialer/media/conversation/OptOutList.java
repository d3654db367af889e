package dev.dialer.media.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a callee who opted out on the internal do-not-call list straight from the conversation. The
 * call's workflow records the same opt-out when it hears of it (the same row: source {@code
 * call:<callId>}, the first writer wins), but a signal can be lost to an unreachable Temporal; the
 * list is what every later compliance check reads, so the opt-out holds whatever happens to the
 * signal.
 */
@Component
class OptOutList {

  private static final Logger log = LoggerFactory.getLogger(OptOutList.class);

  private final JdbcClient jdbc;

  OptOutList(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** On the caller's thread: the opt-out is listed before the conversation goes on. */
  void add(String callId, String words) {
    try {
      int listed =
          jdbc.sql(
                  """
                  INSERT INTO dnc_internal (phone, source, reason)
                  SELECT to_number, 'call:' || call_id, :reason FROM call_ledger
                   WHERE call_id = :callId
                  ON CONFLICT (phone) DO NOTHING
                  """)
              .param("callId", callId)
              .param("reason", words)
              .update();
      log.info("call {}: opt-out listed on the internal do-not-call list ({} new)", callId, listed);
    } catch (DataAccessException e) {
      // The workflow's own record of the opt-out is then the one that lists it.
      log.warn("call {}: could not list the opt-out here: {}", callId, e.toString());
    }
  }
}
