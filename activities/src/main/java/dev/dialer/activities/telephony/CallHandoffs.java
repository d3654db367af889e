package dev.dialer.activities.telephony;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.workflows.call.TransferRecord;
import dev.dialer.workflows.call.VoiceOptions;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code call_handoff} table: a single call's transfer and voicemail options, and their use.
 */
@Repository
public class CallHandoffs {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public CallHandoffs(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A single call's own options, kept for a rebuild of the call from the ledger. */
  public void saveOptions(String callId, VoiceOptions options) {
    jdbc.sql(
            """
            INSERT INTO call_handoff (call_id, transfer_numbers, voicemail_template)
            VALUES (:id, :numbers::jsonb, :template)
            ON CONFLICT (call_id) DO NOTHING
            """)
        .param("id", callId)
        .param("numbers", write(options.transferNumbers()))
        .param("template", options.voicemailMessage())
        .update();
  }

  public Optional<VoiceOptions> options(String callId) {
    return jdbc.sql(
            "SELECT transfer_numbers::text AS numbers, voicemail_template FROM call_handoff"
                + " WHERE call_id = :id")
        .param("id", callId)
        .query(
            (rs, row) ->
                new VoiceOptions(read(rs.getString("numbers")), rs.getString("voicemail_template")))
        .optional();
  }

  /** The first allowed target stays: a repeated activity changes nothing. */
  public void recordTransfer(TransferRecord transfer) {
    jdbc.sql(
            """
            INSERT INTO call_handoff (call_id, transfer_target, transfer_requested_by,
                                      transferred_at)
            VALUES (:id, :target, :by, now())
            ON CONFLICT (call_id) DO UPDATE
               SET transfer_target = EXCLUDED.transfer_target,
                   transfer_requested_by = EXCLUDED.transfer_requested_by,
                   transferred_at = EXCLUDED.transferred_at
             WHERE call_handoff.transfer_target IS NULL
            """)
        .param("id", transfer.callId())
        .param("target", transfer.target())
        .param("by", transfer.requestedBy())
        .update();
  }

  public void recordVoicemail(String callId, String message) {
    jdbc.sql(
            """
            INSERT INTO call_handoff (call_id, voicemail_message, voicemail_left_at)
            VALUES (:id, :message, now())
            ON CONFLICT (call_id) DO UPDATE
               SET voicemail_message = EXCLUDED.voicemail_message,
                   voicemail_left_at = EXCLUDED.voicemail_left_at
             WHERE call_handoff.voicemail_message IS NULL
            """)
        .param("id", callId)
        .param("message", message)
        .update();
  }

  public Optional<CallHandoff> find(String callId) {
    return jdbc.sql(
            "SELECT transfer_target, voicemail_message FROM call_handoff WHERE call_id = :id")
        .param("id", callId)
        .query(
            (rs, row) ->
                new CallHandoff(rs.getString("transfer_target"), rs.getString("voicemail_message")))
        .optional();
  }

  private String write(List<String> numbers) {
    try {
      return json.writeValueAsString(numbers);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("transfer numbers are not serializable", e);
    }
  }

  private List<String> read(String text) {
    try {
      return text == null ? List.of() : json.readValue(text, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("transfer_numbers holds " + text, e);
    }
  }
}
