package dev.dialer.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.web.ErrorBody;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes the API's error shape from inside the security filters, where no controller advice runs.
 */
@Component
class JsonErrors {

  private final ObjectMapper json;

  JsonErrors(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, int status, ErrorBody body) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    json.writeValue(response.getOutputStream(), body);
  }

  void write(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    write(response, status, ErrorBody.of(code, message, null));
  }

  void tooMany(HttpServletResponse response, String message, long retryAfterSeconds)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    write(response, 429, ErrorBody.rateLimited(message, retryAfterSeconds));
  }
}
