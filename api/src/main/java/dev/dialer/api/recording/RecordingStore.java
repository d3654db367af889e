package dev.dialer.api.recording;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recording rows, and the opt-ins that make the dial ask Twilio to record. */
@Component
public class RecordingStore {

  private final JdbcClient jdbc;

  public RecordingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes what one RecordingStatusCallback says; a later status of the same recording wins. */
  public void save(String callId, Map<String, String> params) {
    String sid = params.get("RecordingSid");
    if (sid == null || sid.isBlank()) {
      throw new IllegalArgumentException("recording callback for " + callId + " has no sid");
    }
    jdbc.sql(
            """
            INSERT INTO call_recording (recording_sid, call_id, call_sid, status, media_url,
                                        duration_seconds, channels)
            VALUES (:sid, :callId, :callSid, :status, :url, :duration, :channels)
            ON CONFLICT (recording_sid) DO UPDATE SET status = EXCLUDED.status,
                media_url = COALESCE(EXCLUDED.media_url, call_recording.media_url),
                duration_seconds = COALESCE(EXCLUDED.duration_seconds,
                                            call_recording.duration_seconds),
                channels = COALESCE(EXCLUDED.channels, call_recording.channels),
                updated_at = now()
            """)
        .param("sid", sid)
        .param("callId", callId)
        .param("callSid", params.get("CallSid"))
        .param("status", params.getOrDefault("RecordingStatus", "completed"))
        .param("url", params.get("RecordingUrl"))
        .param("duration", integer(params.get("RecordingDuration")))
        .param("channels", integer(params.get("RecordingChannels")))
        .update();
  }

  /** The call's newest recording. */
  public Optional<CallRecording> latest(String callId) {
    return jdbc.sql(
            """
            SELECT recording_sid, call_id, call_sid, status, media_url, duration_seconds, channels
            FROM call_recording WHERE call_id = :callId
            ORDER BY updated_at DESC, recording_sid LIMIT 1
            """)
        .param("callId", callId)
        .query(
            (rs, row) ->
                new CallRecording(
                    rs.getString("recording_sid"),
                    rs.getString("call_id"),
                    rs.getString("call_sid"),
                    rs.getString("status"),
                    rs.getString("media_url"),
                    (Integer) rs.getObject("duration_seconds"),
                    (Integer) rs.getObject("channels")))
        .optional();
  }

  /** A single call that asked for {@code record: true}; set before its workflow dials. */
  public void recordCall(String callId) {
    jdbc.sql("UPDATE call_ledger SET record = true WHERE call_id = :callId")
        .param("callId", callId)
        .update();
  }

  /** A campaign created with {@code recording: true}; set in the transaction that creates it. */
  public void recordCampaign(String campaignId) {
    jdbc.sql("UPDATE campaign SET recording = true WHERE campaign_id = :id")
        .param("id", campaignId)
        .update();
  }

  public boolean campaignRecords(String campaignId) {
    return jdbc.sql("SELECT recording FROM campaign WHERE campaign_id = :id")
        .param("id", campaignId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  private static Integer integer(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
