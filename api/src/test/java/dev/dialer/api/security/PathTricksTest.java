package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Paths that a filter deciding on the raw URI would let past while Spring MVC still routes them to
 * a controller. Sent without a key to the running server, none may reach a handler.
 */
class PathTricksTest extends ApiTestSupport {

  private static final List<String> TRICKS =
      List.of(
          "/api;/calls",
          "/%61pi/calls",
          "/api;x=1/campaigns",
          "//api/calls",
          "/api/./calls",
          "/api/calls;jsessionid=x",
          "/API/calls",
          "/api/calls/",
          "/api/%2e/calls",
          "/api/x/../calls",
          "/api%2fcalls",
          "/api/calls%3b",
          "/api//calls",
          "/./api/calls");

  @Test
  void givenATrickedPath_withoutAKey_itNeverReachesAHandler() {
    SoftAssertions softly = new SoftAssertions();
    for (String path : TRICKS) {
      String callId = "trick-" + UUID.randomUUID();
      HttpResponse<String> get = send(path, null, null);
      HttpResponse<String> post = send(path, "{\"to\":\"+12125550101\"}", callId);

      softly.assertThat(get.statusCode()).as("GET " + path + ": " + get.body()).isBetween(400, 499);
      softly
          .assertThat(post.statusCode())
          .as("POST " + path + ": " + post.body())
          .isBetween(400, 499);
      softly.assertThat(get.body()).as("GET " + path).doesNotContain("\"calls\"", "\"campaigns\"");
      softly
          .assertThat(api.get("/api/calls/" + callId).status())
          .as("POST " + path + " created no call")
          .isEqualTo(404);
    }
    softly.assertAll();
  }

  @Test
  void givenTheSamePathsWithTheAdminKey_theyAreRefusedAsMalformed_orAnswerTheRealRoute() {
    // With a key, what the firewall refuses is a 400 in the API's error shape, not a handler's.
    HttpResponse<String> semicolon = send("/api;/calls", null, null, API_KEY);

    assertThat(semicolon.statusCode()).isEqualTo(400);
    assertThat(semicolon.body()).contains("\"BAD_REQUEST\"");
    assertThat(send("/api/calls", null, null, API_KEY).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> send(String path, String body, String idempotencyKey) {
    return send(path, body, idempotencyKey, null);
  }

  private HttpResponse<String> send(String path, String body, String idempotencyKey, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).timeout(Duration.ofSeconds(20));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", idempotencyKey)
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return api.send(request.build()).raw();
  }
}
