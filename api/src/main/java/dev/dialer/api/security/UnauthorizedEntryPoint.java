package dev.dialer.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** 401 {@code UNAUTHORIZED}: no key, or a key that is not configured. */
@Component
class UnauthorizedEntryPoint implements AuthenticationEntryPoint {

  private final JsonErrors errors;

  UnauthorizedEntryPoint(JsonErrors errors) {
    this.errors = errors;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    errors.write(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "UNAUTHORIZED",
        presented
            ? "The API key is not valid."
            : "Missing 'Authorization: Bearer <key>' header; the admin key is DIALER_API_KEY.");
  }
}
