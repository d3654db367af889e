package dev.dialer.api.openapi;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The error answers every /api route may give, in the one shape of {@code ErrorBody}. */
final class ErrorExamples {

  record Error(String code, String description, String body) {}

  static final Map<String, Error> FOR_EVERY_ROUTE = new LinkedHashMap<>();

  /** The answers about keys, which a route open to anyone does not give. */
  static final Set<String> KEYED = Set.of("401", "403", "429");

  static {
    FOR_EVERY_ROUTE.put(
        "400",
        new Error(
            "INVALID_REQUEST",
            "A field is missing or wrong: `field` names it, `message` says why.",
            """
            {"error":{"code":"INVALID_REQUEST","message":"'to' must be an E.164 number such as \
            +12125550101; got '555'.","field":"to"}}"""));
    FOR_EVERY_ROUTE.put(
        "401",
        new Error(
            "UNAUTHORIZED",
            "No key, or a key that is not configured.",
            """
            {"error":{"code":"UNAUTHORIZED","message":"Send an API key as 'Authorization: \
            Bearer <key>'."}}"""));
    FOR_EVERY_ROUTE.put(
        "403",
        new Error(
            "FORBIDDEN",
            "The key's role is below the one the route needs.",
            """
            {"error":{"code":"FORBIDDEN","message":"This needs a key with role supervisor; \
            this key has role viewer."}}"""));
    FOR_EVERY_ROUTE.put(
        "404",
        new Error(
            "NOT_FOUND",
            "No such call, campaign or entry.",
            """
            {"error":{"code":"NOT_FOUND","message":"No campaign 'cmp-7a2'.","field":"id"}}"""));
    FOR_EVERY_ROUTE.put(
        "429",
        new Error(
            "RATE_LIMITED",
            "Too many creations for this key, or too many wrong keys from this address.",
            """
            {"error":{"code":"RATE_LIMITED","message":"More than 300 creations a minute for \
            this key.","retryAfter":12}}"""));
  }

  private ErrorExamples() {}

  static Schema<?> schema() {
    Schema<?> detail =
        new ObjectSchema()
            .addProperty("code", new StringSchema())
            .addProperty("message", new StringSchema())
            .addProperty("field", new StringSchema())
            .addProperty("retryAfter", new IntegerSchema().description("seconds; 429 only"));
    return new ObjectSchema().addProperty("error", detail);
  }
}
