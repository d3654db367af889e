package dev.dialer.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code api_audit} table: who (by key id) changed what, and how it was answered. */
@Component
class ApiAudit {

  private static final Logger log = LoggerFactory.getLogger(ApiAudit.class);

  private final JdbcClient jdbc;

  ApiAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(ApiPrincipal who, String method, String path, int status, String address) {
    try {
      jdbc.sql(
              """
              INSERT INTO api_audit (key_id, role, method, path, status, client_address)
              VALUES (:keyId, :role, :method, :path, :status, :address)
              """)
          .param("keyId", who.keyId())
          .param("role", who.role().label())
          .param("method", method)
          .param("path", path)
          .param("status", status)
          .param("address", address)
          .update();
    } catch (DataAccessException e) {
      // The request has been answered already; losing its row must be loud, not fatal.
      log.error("Could not write the audit row of {} {} by {}", method, path, who.keyId(), e);
    }
  }
}
