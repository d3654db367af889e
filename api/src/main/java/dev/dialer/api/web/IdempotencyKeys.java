package dev.dialer.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The request hash kept per Idempotency-Key ({@code idempotency_key}), per scope. */
@Repository
public class IdempotencyKeys {

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Binds the key to this request the first time; afterwards, a request with another hash is a 409
   * {@code IDEMPOTENCY_KEY_REUSED}.
   *
   * @param scope {@code call} or {@code campaign}
   * @param what the thing the key names, for the error message (e.g. "a call")
   */
  public void claim(String scope, String key, String requestHash, String what) {
    int inserted =
        jdbc.sql(
                """
                INSERT INTO idempotency_key (scope, key, request_hash) VALUES (:scope, :key, :hash)
                ON CONFLICT (scope, key) DO NOTHING
                """)
            .param("scope", scope)
            .param("key", key)
            .param("hash", requestHash)
            .update();
    if (inserted == 1) {
      return;
    }
    String stored =
        jdbc.sql("SELECT request_hash FROM idempotency_key WHERE scope = :scope AND key = :key")
            .param("scope", scope)
            .param("key", key)
            .query(String.class)
            .single();
    if (!stored.equals(requestHash)) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "IDEMPOTENCY_KEY_REUSED",
          "Idempotency-Key '"
              + key
              + "' was used for "
              + what
              + " with a different request; repeat that request exactly, or use a new key.",
          IdempotencyKey.HEADER);
    }
  }
}
