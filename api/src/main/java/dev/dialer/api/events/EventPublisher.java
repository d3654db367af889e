package dev.dialer.api.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes a live event to every api instance's browsers: a NOTIFY on {@link #CHANNEL} through the
 * database function {@code dialer_publish_event} (V13), which other processes (the media worker)
 * call the same way. Sent at once, outside any transaction of the caller's.
 */
@Component
public class EventPublisher {

  /** The PostgreSQL channel every event is a NOTIFY on. */
  public static final String CHANNEL = "dialer_events";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  EventPublisher(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** One event: its type, the call it is about (when there is one) and its own fields. */
  public void publish(String type, String callId, Map<String, ?> fields) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", type);
    if (callId != null) {
      event.put("callId", callId);
    }
    event.putAll(fields);
    try {
      jdbc.sql("SELECT dialer_publish_event(CAST(:event AS jsonb))")
          .param("event", json.writeValueAsString(event))
          .query()
          .singleRow();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event of type " + type + " is not JSON", e);
    }
  }
}
