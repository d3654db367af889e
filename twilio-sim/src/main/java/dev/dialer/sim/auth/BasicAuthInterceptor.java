package dev.dialer.sim.auth;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.error.TwilioApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * HTTP Basic with AccountSid:AuthToken, and the AccountSid in the path must be that account, as on
 * Twilio.
 */
class BasicAuthInterceptor implements HandlerInterceptor {

  private final SimProperties properties;

  BasicAuthInterceptor(SimProperties properties) {
    this.properties = properties;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!credentialsMatch(request.getHeader("Authorization"))
        || !properties.accountSid().equals(pathAccountSid(request))) {
      throw TwilioApiException.unauthorized();
    }
    return true;
  }

  private boolean credentialsMatch(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String expected = properties.accountSid() + ":" + properties.authToken();
    byte[] given;
    try {
      given = Base64.getDecoder().decode(header.substring(6).trim());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given);
  }

  /** Read from the path itself: paths the sim does not serve have no template variables. */
  private static String pathAccountSid(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String[] segments = path.split("/");
    return segments.length > 3 ? segments[3] : null;
  }
}
