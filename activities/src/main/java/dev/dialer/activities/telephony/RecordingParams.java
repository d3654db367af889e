package dev.dialer.activities.telephony;

import com.twilio.rest.api.v2010.account.CallCreator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The create parameters of a recorded call: {@code Record=true} and a signed {@code
 * RecordingStatusCallback} carrying the callId. Recording is opt-in, by the single call ({@code
 * call_ledger.record}) or by its campaign ({@code campaign.recording}); other calls are created
 * without any recording parameter, as before.
 */
@Component
public class RecordingParams {

  /** Only the final states: the row is written once the file exists, or once it never will. */
  static final List<String> EVENTS = List.of("completed", "absent");

  private final JdbcClient jdbc;
  private final CallbackUrls urls;

  RecordingParams(JdbcClient jdbc, CallbackUrls urls) {
    this.jdbc = jdbc;
    this.urls = urls;
  }

  public boolean wanted(String callId) {
    return jdbc.sql(
            """
            SELECT l.record OR COALESCE(c.recording, false)
            FROM call_ledger l LEFT JOIN campaign c ON c.campaign_id = l.campaign_id
            WHERE l.call_id = :callId
            """)
        .param("callId", callId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  CallCreator apply(CallCreator creator, String callId) {
    if (!wanted(callId)) {
      return creator;
    }
    return creator
        .setRecord(true)
        .setRecordingChannels("mono")
        .setRecordingStatusCallback(urls.recording(callId))
        .setRecordingStatusCallbackEvent(EVENTS);
  }
}
