package dev.dialer.api.security;

import static dev.dialer.api.security.AccessRule.any;
import static dev.dialer.api.security.AccessRule.on;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Who may do what: the one table every request is decided by, first matching row wins. A route
 * added later falls through to {@code DENIED} (or, under /api, to admin) until a row opens it.
 * Roles include those below them: admin > supervisor > viewer.
 */
final class AccessRules {

  static final List<AccessRule> ROWS =
      List.of(
          // Twilio's webhooks are checked by X-Twilio-Signature in their controllers.
          any("/twilio/**", Access.OPEN),
          // Seed 004's names for the same two webhooks.
          on(POST, "/api/outbound-call-twiml", Access.OPEN),
          on(POST, "/api/call-status", Access.OPEN),
          any("/actuator/health", Access.OPEN),
          any("/actuator/health/**", Access.OPEN),
          any("/healthz", Access.OPEN),
          any("/health", Access.OPEN),
          // The API's own description and its try-it page: they hold no data, and a key is
          // typed into the page, not needed to load it.
          any("/v3/api-docs", Access.OPEN),
          any("/v3/api-docs/**", Access.OPEN),
          any("/v3/api-docs.yaml", Access.OPEN),
          any("/swagger-ui.html", Access.OPEN),
          any("/swagger-ui", Access.OPEN),
          any("/swagger-ui/**", Access.OPEN),
          // Metrics name campaigns and volumes: an operator's, like the admin routes.
          any("/actuator/prometheus", Access.ADMIN),
          on(GET, "/actuator/info", Access.VIEWER),
          // Spring's error page, which a refused request is forwarded to.
          any("/error", Access.OPEN),
          // The dashboard's static page holds no data: every datum comes from /api/** with the key.
          on(GET, "/dashboard", Access.OPEN),
          on(GET, "/dashboard/**", Access.OPEN),
          // The event socket checks the key itself before the upgrade (browsers cannot set
          // headers on a WebSocket): EventHandshake in api/events.
          on(GET, "/events/ws", Access.OPEN),
          // Seed-compatible routes (dev.dialer.api.seed): the roles of the routes they map to.
          on(POST, "/outbound-call", Access.ADMIN),
          on(POST, "/call", Access.ADMIN),
          on(POST, "/end-call", Access.SUPERVISOR),
          on(GET, "/call-status", Access.VIEWER),
          on(GET, "/call/{id}", Access.VIEWER),
          on(GET, "/calls", Access.VIEWER),
          on(POST, "/override/{action}", Access.SUPERVISOR),
          on(POST, "/api/calls/{id}/end", Access.SUPERVISOR),
          // A recording is the callee's voice: more than a viewer's look at the call.
          on(GET, "/api/calls/{id}/recording", Access.SUPERVISOR),
          on(POST, "/api/calls/{id}/listen", Access.SUPERVISOR),
          on(POST, "/api/calls/{id}/override/**", Access.SUPERVISOR),
          on(POST, "/api/campaigns/{id}/pause", Access.SUPERVISOR),
          on(POST, "/api/campaigns/{id}/resume", Access.SUPERVISOR),
          on(POST, "/api/clarifications/**", Access.SUPERVISOR),
          on(GET, "/api/**", Access.VIEWER),
          on(HEAD, "/api/**", Access.VIEWER),
          any("/api/**", Access.ADMIN),
          any("/**", Access.DENIED));

  private AccessRules() {}

  /** The row that decides this request (the table ends in a catch-all). */
  static AccessRule decide(HttpServletRequest request) {
    return ROWS.stream().filter(row -> row.matcher().matches(request)).findFirst().orElseThrow();
  }
}
