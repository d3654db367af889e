package dev.dialer.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code {"error":{"code":…,"message":…,"field":…}}} — every 4xx and 5xx of /api has this shape; a
 * 429 adds {@code retryAfter} (seconds).
 */
public record ErrorBody(Detail error) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(String code, String message, String field, Long retryAfter) {}

  public static ErrorBody of(String code, String message, String field) {
    return new ErrorBody(new Detail(code, message, field, null));
  }

  public static ErrorBody rateLimited(String message, long retryAfterSeconds) {
    return new ErrorBody(new Detail("RATE_LIMITED", message, null, retryAfterSeconds));
  }
}
