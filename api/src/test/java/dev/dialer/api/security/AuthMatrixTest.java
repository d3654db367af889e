package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
          Map.entry("POST /api/calls/{callId}/end", Role.SUPERVISOR),
          Map.entry("GET /api/calls/{callId}/transcript", Role.VIEWER),
          Map.entry("POST /api/calls/{callId}/override/clarification", Role.SUPERVISOR),
          Map.entry("GET /api/clarifications", Role.VIEWER),
          Map.entry("POST /api/calls/{callId}/override/text", Role.SUPERVISOR),
          Map.entry("POST /api/calls/{callId}/override/dtmf", Role.SUPERVISOR),
          Map.entry("POST /api/calls/{callId}/override/end", Role.SUPERVISOR),
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
          Map.entry("PUT /api/campaigns/{campaignId}/dnc/{e164}", Role.ADMIN),
          Map.entry("DELETE /api/campaigns/{campaignId}/dnc/{e164}", Role.ADMIN),
          Map.entry("GET /api/dnc", Role.VIEWER),
          Map.entry("GET /api/dnc/{e164}", Role.VIEWER),
          Map.entry("PUT /api/dnc/{e164}", Role.ADMIN),
          Map.entry("DELETE /api/dnc/{e164}", Role.ADMIN),
          Map.entry("POST /api/dnc/import", Role.ADMIN),
          Map.entry("GET /api/campaigns/{id}/events", Role.VIEWER),
          Map.entry("GET /api/compliance/check", Role.VIEWER),
          Map.entry("GET /api/compliance/rules", Role.VIEWER));

  /** Strongest first: a key may do what its role and every role after it in this list may. */
  private static final List<Role> RANKS = List.of(Role.ADMIN, Role.SUPERVISOR, Role.VIEWER);

  private static final Map<String, String> KEYS =
      Map.of(
          "admin", API_KEY,
          "supervisor", SUPERVISOR_KEY,
          "viewer", VIEWER_KEY,
          "wrong", "not-a-configured-key");

  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Test
  void givenEveryApiRoute_whenCalledWithEachKind_ofKey_itAnswersAsItsRoleAllows() {
    List<String> routes = apiRoutes();
    assertThat(routes).as("routes under /api").hasSizeGreaterThanOrEqualTo(EXPECTED.size());
    assertThat(routes)
        .as("every /api route has a row in this test's table (add one for a new route)")
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

  /** "METHOD /pattern" for every handler method under /api, as Spring MVC mapped it. */
  private List<String> apiRoutes() {
    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        String path = pattern.getPatternString();
        if (!path.startsWith("/api")) {
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
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
