package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every /api/** handler method, as Spring MVC has mapped it, called over HTTP with no key, a wrong
 * key, and a key of each role. The role each route needs is written out here once more, route by
 * route, apart from the rule table it checks: a route added without a row here fails this test.
 */
class AuthMatrixTest extends ApiTestSupport {

  /** The role each route needs, as the README's Access section states it. */
  private static final Map<String, Role> EXPECTED =
      Map.ofEntries(
          Map.entry("POST /api/calls", Role.ADMIN),
          Map.entry("GET /api/calls", Role.VIEWER),
          Map.entry("GET /api/calls/{callId}", Role.VIEWER),
          Map.entry("GET /api/calls/{callId}/history", Role.VIEWER),
          Map.entry("GET /api/campaigns/{id}/history", Role.VIEWER),
          Map.entry("GET /api/me", Role.VIEWER),
          Map.entry("POST /api/calls/{callId}/end", Role.SUPERVISOR),
          Map.entry("GET /api/calls/{callId}/transcript", Role.VIEWER),
          // The callee's voice: supervisors and up, unlike the call's metadata.
          Map.entry("GET /api/calls/{callId}/recording", Role.SUPERVISOR),
          Map.entry("POST /api/calls/{callId}/listen", Role.SUPERVISOR),
          Map.entry("POST /api/calls/{callId}/override/clarification", Role.SUPERVISOR),
          Map.entry("GET /api/clarifications", Role.VIEWER),
          Map.entry("POST /api/calls/{callId}/override/text", Role.SUPERVISOR),
          Map.entry("POST /api/calls/{callId}/override/dtmf", Role.SUPERVISOR),
          Map.entry("POST /api/calls/{callId}/override/end", Role.SUPERVISOR),
          Map.entry("POST /api/calls/{callId}/override/transfer", Role.SUPERVISOR),
          Map.entry("POST /api/campaigns", Role.ADMIN),
          Map.entry("GET /api/campaigns", Role.VIEWER),
          Map.entry("GET /api/campaigns/{id}", Role.VIEWER),
          Map.entry("PATCH /api/campaigns/{id}", Role.ADMIN),
          Map.entry("POST /api/campaigns/{id}/start", Role.ADMIN),
          Map.entry("POST /api/campaigns/{id}/pause", Role.SUPERVISOR),
          Map.entry("POST /api/campaigns/{id}/resume", Role.SUPERVISOR),
          Map.entry("POST /api/campaigns/{id}/cancel", Role.ADMIN),
          Map.entry("POST /api/campaigns/{id}/contacts", Role.ADMIN),
          Map.entry("GET /api/campaigns/{id}/contacts", Role.VIEWER),
          Map.entry("GET /api/campaigns/{id}/report.csv", Role.VIEWER),
          Map.entry("GET /api/campaigns/{id}/events", Role.VIEWER),
          Map.entry("PUT /api/campaigns/{campaignId}/dnc/{e164}", Role.ADMIN),
          Map.entry("DELETE /api/campaigns/{campaignId}/dnc/{e164}", Role.ADMIN),
          Map.entry("GET /api/dnc", Role.VIEWER),
          Map.entry("GET /api/dnc/{e164}", Role.VIEWER),
          Map.entry("PUT /api/dnc/{e164}", Role.ADMIN),
          Map.entry("DELETE /api/dnc/{e164}", Role.ADMIN),
          Map.entry("POST /api/dnc/import", Role.ADMIN),
          Map.entry("GET /api/compliance/check", Role.VIEWER),
          Map.entry("GET /api/compliance/rules", Role.VIEWER),
          // seed-compatible routes (README "Coming from …")
          Map.entry("POST /outbound-call", Role.ADMIN),
          Map.entry("POST /end-call", Role.SUPERVISOR),
          Map.entry("GET /call-status", Role.VIEWER),
          Map.entry("POST /call", Role.ADMIN),
          Map.entry("GET /call/{call_id}", Role.VIEWER),
          Map.entry("GET /calls", Role.VIEWER),
          Map.entry("POST /api/outbound-call", Role.ADMIN),
          Map.entry("POST /override/text", Role.SUPERVISOR),
          Map.entry("POST /override/dtmf", Role.SUPERVISOR),
          Map.entry("POST /override/end", Role.SUPERVISOR),
          Map.entry("POST /override/transfer", Role.SUPERVISOR),
          Map.entry("POST /override/clarification", Role.SUPERVISOR));

  /**
   * Handler routes outside /api that anyone may call: Twilio's webhooks (their signature is checked
   * in the controller), health, and the API's description and try-it page.
   */
  private static final Set<String> OPEN =
      Set.of(
          "GET /v3/api-docs",
          "GET /v3/api-docs.yaml",
          "GET /v3/api-docs/swagger-config",
          "GET /swagger-ui",
          "GET /health",
          "GET /healthz",
          "POST /api/outbound-call-twiml",
          "POST /api/call-status");

  /** Strongest first: a key may do what its role and every role after it in this list may. */
  private static final List<Role> RANKS = List.of(Role.ADMIN, Role.SUPERVISOR, Role.VIEWER);

  private static final Map<String, String> KEYS =
      Map.of(
          "admin", API_KEY,
          "supervisor", SUPERVISOR_KEY,
          "viewer", VIEWER_KEY,
          "wrong", "not-a-configured-key");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Test
  void givenEveryApiRoute_whenCalledWithEachKind_ofKey_itAnswersAsItsRoleAllows() {
    List<String> routes = routes(AuthMatrixTest::keyed);
    routes.removeIf(OPEN::contains);
    assertThat(routes).as("routes that need a key").hasSizeGreaterThanOrEqualTo(EXPECTED.size());
    assertThat(routes)
        .as("every route has a row in this test's table (add one for a new route)")
        .allMatch(EXPECTED::containsKey);

    SoftAssertions softly = new SoftAssertions();
    for (String route : routes) {
      Role needed = EXPECTED.get(route);
      String method = route.substring(0, route.indexOf(' '));
      String path = dummyPath(route.substring(route.indexOf(' ') + 1));

      softly
          .assertThat(send(method, path, null).statusCode())
          .as(route + " without key")
          .isEqualTo(401);
      softly
          .assertThat(send(method, path, KEYS.get("wrong")).statusCode())
          .as(route + " with a wrong key")
          .isEqualTo(401);
      for (Role role : RANKS) {
        HttpResponse<String> response = send(method, path, KEYS.get(role.label()));
        boolean allowed = RANKS.indexOf(role) <= RANKS.indexOf(needed);
        if (allowed) {
          softly
              .assertThat(response.statusCode())
              .as(route + " as " + role.label() + ": " + response.body())
              .isNotIn(401, 403);
        } else {
          softly.assertThat(response.statusCode()).as(route + " as " + role.label()).isEqualTo(403);
          softly
              .assertThat(response.body())
              .as(route + " as " + role.label() + " names the role needed")
              .contains("\"FORBIDDEN\"")
              .contains("role " + needed.label());
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void givenEveryOpenRouteOutsideApi_whenCalledWithoutKey_itShouldNotAskForOne() {
    List<String> routes =
        routes(
            path ->
                !path.startsWith("/api") && !path.startsWith("/twilio") && !path.equals("/error"));
    assertThat(routes)
        .as("every route outside /api has a row in this test's open list (or EXPECTED)")
        .allMatch(route -> OPEN.contains(route) || EXPECTED.containsKey(route));
    SoftAssertions softly = new SoftAssertions();
    for (String route : routes) {
      if (!OPEN.contains(route)) {
        continue;
      }
      String method = route.substring(0, route.indexOf(' '));
      String path = dummyPath(route.substring(route.indexOf(' ') + 1));
      for (String key : new String[] {null, KEYS.get("wrong")}) {
        HttpResponse<String> response = send(method, path, key);
        // A webhook alias may still refuse a request Twilio did not sign (403, empty body).
        softly.assertThat(response.statusCode()).as(route + " key " + key).isNotEqualTo(401);
        softly
            .assertThat(response.body())
            .as(route + " key " + key)
            .doesNotStartWith("{\"error\":{\"code\":\"FORBIDDEN\"")
            .doesNotStartWith("{\"error\":{\"code\":\"UNAUTHORIZED\"");
      }
    }
    softly.assertAll();
  }

  /** Twilio's own webhooks are tested with signatures; the error page is Spring's. */
  private static boolean keyed(String path) {
    return !path.startsWith("/twilio") && !path.equals("/error");
  }

  /** "METHOD /pattern" for every handler method whose path passes the filter, as mapped. */
  private List<String> routes(Predicate<String> include) {
    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        String path = pattern.getPatternString();
        if (!include.test(path)) {
          continue;
        }
        assertThat(methods).as(path + " is mapped to an HTTP method").isNotEmpty();
        methods.forEach(method -> routes.add(method.name() + " " + path));
      }
    }
    return new ArrayList<>(routes);
  }

  /** Ids that match nothing, so that an allowed request changes nothing (404 or 400). */
  private static String dummyPath(String pattern) {
    return pattern.replaceAll("\\{e164}", "not-a-number").replaceAll("\\{[^}]+}", "no-such-id");
  }

  private HttpResponse<String> send(String method, String path, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", "application/json");
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (method.equals("GET") || method.equals("DELETE")) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString("{}"));
    }
    return api.send(request.build()).raw();
  }
}
