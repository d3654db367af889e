package dev.dialer.api.supervisor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code supervisor_action} table: who did what on which call. */
@Component
class SupervisorAudit {

  private final JdbcClient jdbc;

  SupervisorAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long record(
      String keyId, String callId, String action, String value, String status, String message) {
    return jdbc.sql(
            "INSERT INTO supervisor_action (key_id, call_id, action, value, status, message)"
                + " VALUES (:key, :call, :action, :value, :status, :message) RETURNING id")
        .param("key", keyId)
        .param("call", callId)
        .param("action", action)
        .param("value", value)
        .param("status", status)
        .param("message", message)
        .query(Long.class)
        .single();
  }
}
