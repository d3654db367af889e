package dev.dialer.api.web;

import org.springframework.http.HttpStatus;

/** An error a user sees: a stable code, a message that says what to do, and the field at fault. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final String field;

  public ApiException(HttpStatus status, String code, String message, String field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  public static ApiException invalid(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", message, field);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
