package dev.dialer.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header: a client's name for what it creates (a call, a campaign), so
 * that a retried request finds the first instead of creating a second. A key is the same request
 * only with the same whole request: {@link #hash} is what {@link IdempotencyKeys} compares.
 */
public final class IdempotencyKey {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** Key order and property order do not make two requests differ. */
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .findAndAddModules()
          .build();

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

  /** SHA-256 of the request's canonical JSON: a record, or a JSON tree as the client sent it. */
  public static String hash(Object request) {
    try {
      Object tree = CANONICAL.convertValue(request, Object.class);
      byte[] canonical = CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash the request", e);
    }
  }
}
