package dev.dialer.api.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header: a client's name for what it creates (a call, a campaign), so
 * that a retried request finds the first instead of creating a second.
 */
public final class IdempotencyKey {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private IdempotencyKey() {}

  /** The key, checked; empty when the request gave none. Throws a 400 for a malformed one. */
  public static Optional<String> of(String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (!KEY.matcher(value).matches()) {
      throw ApiException.invalid(
          HEADER, "'Idempotency-Key' must be 1–64 letters, digits, '.', '_' or '-'.");
    }
    return Optional.of(value);
  }
}
