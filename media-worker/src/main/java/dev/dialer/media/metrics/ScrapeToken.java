package dev.dialer.media.metrics;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code GET /actuator/prometheus} with {@code Authorization: Bearer <DIALER_METRICS_TOKEN>}: the
 * one request besides the relay and health that the media worker's deny-by-default rules let in.
 * The media worker has no API keys, so Prometheus gets a token of its own; none configured, none
 * matches.
 */
public final class ScrapeToken implements RequestMatcher {

  private static final String PATH = "/actuator/prometheus";
  private static final String BEARER = "Bearer ";

  private final byte[] token;

  public ScrapeToken(String token) {
    this.token = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    if (token.length == 0
        || !"GET".equals(request.getMethod())
        || !PATH.equals(request.getRequestURI())) {
      return false;
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(BEARER)) {
      return false;
    }
    byte[] given = header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8);
    // Constant time: the comparison must not tell a guesser how much of the token it has.
    return MessageDigest.isEqual(given, token);
  }
}
