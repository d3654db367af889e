package dev.dialer.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every /api/** request needs {@code Authorization: Bearer <key>}. */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiKey apiKey;
  private final ObjectMapper json;

  ApiKeyFilter(ApiKey apiKey, ObjectMapper json) {
    this.apiKey = apiKey;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null
        && header.startsWith(BEARER)
        && apiKey.matches(header.substring(BEARER.length()).trim())) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    String message =
        header == null
            ? "Missing 'Authorization: Bearer <key>' header; the key is DIALER_API_KEY."
            : "The API key is not valid.";
    json.writeValue(response.getOutputStream(), ErrorBody.of("UNAUTHORIZED", message, null));
  }
}
