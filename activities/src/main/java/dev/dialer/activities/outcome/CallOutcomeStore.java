package dev.dialer.activities.outcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dialer.workflows.conversation.CallOutcome;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Calls' outcomes on their ledger rows, as JSON, with the labels campaigns count them by. */
@Component
public class CallOutcomeStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public CallOutcomeStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    // Its own copy with java.time as ISO text, whatever the application's mapper was given.
    this.json =
        json.copy()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Stores the outcome; storing it again replaces it with the same. */
  public void save(String callId, CallOutcome outcome) {
    jdbc.sql(
            """
            UPDATE call_ledger
               SET outcome = CAST(:outcome AS jsonb), outcome_labels = CAST(:labels AS text[]),
                   updated_at = now()
             WHERE call_id = :id
            """)
        .param("id", callId)
        .param("outcome", write(outcome))
        .param("labels", "{" + String.join(",", outcome.labels()) + "}")
        .update();
  }

  public Optional<CallOutcome> find(String callId) {
    return jdbc.sql(
            "SELECT outcome::text FROM call_ledger WHERE call_id = :id AND outcome IS NOT NULL")
        .param("id", callId)
        .query(String.class)
        .optional()
        .map(this::read);
  }

  public CallOutcome read(String text) {
    try {
      return json.readValue(text, CallOutcome.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("call_ledger.outcome is not a CallOutcome", e);
    }
  }

  private String write(CallOutcome outcome) {
    try {
      return json.writeValueAsString(outcome);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a CallOutcome that Jackson cannot write", e);
    }
  }
}
