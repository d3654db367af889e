package dev.dialer.media.context;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a call's context from the api's tables; the media worker never writes them. */
@Component
public class CallContextStore {

  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  CallContextStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * The campaign's purpose (PAYMENT_REMINDER…) picks the agent's script; the ledger's own purpose
   * column is the compliance purpose (DEBT_COLLECTION…), which names no script.
   */
  public Optional<CallContext> find(String callId) {
    return jdbc.sql(
            """
            SELECT l.call_id, l.call_sid, l.to_number, COALESCE(c.purpose, l.purpose) AS purpose,
                   l.prompt, l.first_message,
                   l.custom_parameters::text AS params, c.name AS campaign_name,
                   c.settings -> 'agent' ->> 'businessName' AS business_name,
                   cc.name AS contact_name,
                   l.record OR COALESCE(c.recording, false) AS recorded
            FROM call_ledger l
            LEFT JOIN campaign c ON c.campaign_id = l.campaign_id
            LEFT JOIN campaign_contact cc ON cc.contact_id = l.contact_id
            WHERE l.call_id = :callId
            """)
        .param("callId", callId)
        .query(this::map)
        .optional();
  }

  private CallContext map(ResultSet rs, int row) throws SQLException {
    return new CallContext(
        rs.getString("call_id"),
        rs.getString("call_sid"),
        rs.getString("to_number"),
        rs.getString("purpose"),
        rs.getString("campaign_name"),
        rs.getString("business_name"),
        rs.getString("prompt"),
        rs.getString("first_message"),
        rs.getString("contact_name"),
        parameters(rs.getString("params")),
        rs.getBoolean("recorded"));
  }

  private Map<String, String> parameters(String text) {
    try {
      return text == null ? Map.of() : json.readValue(text, STRING_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("call_ledger.custom_parameters is not a string map", e);
    }
  }
}
