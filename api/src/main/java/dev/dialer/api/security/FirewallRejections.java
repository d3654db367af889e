package dev.dialer.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * 400 {@code BAD_REQUEST} for what {@code StrictHttpFirewall} refuses: {@code ;} parameters,
 * encoded slashes or dots, {@code //}, {@code /./}, {@code /../} and the like, which could make the
 * path the rules see differ from the one a controller is chosen by.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

  private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

  private final JsonErrors errors;

  FirewallRejections(JsonErrors errors) {
    this.errors = errors;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException {
    log.info("Refused a request from {}: {}", request.getRemoteAddr(), rejected.getMessage());
    errors.write(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        "BAD_REQUEST",
        "The request path is not in normal form (no ';', '//', '.' segments or encoded '/', '.'"
            + " or '%'); send the plain path, such as /api/calls.");
  }
}
