package dev.dialer.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code {"error":{"code":…,"message":…,"field":…}}} — every 4xx and 5xx of /api has this shape.
 */
public record ErrorBody(Detail error) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(String code, String message, String field) {}

  public static ErrorBody of(String code, String message, String field) {
    return new ErrorBody(new Detail(code, message, field));
  }
}
