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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a web page on another origin can do with the default settings: no CORS preflight passes, and
 * the bodies a page may send without one (text/plain, forms) are refused where JSON is meant.
 */
class CrossOriginTest extends ApiTestSupport {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void givenNoCorsOrigins_aPreflightFromAnyOrigin_isNotAllowed() {
    HttpResponse<String> preflight =
        send(
            HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/calls"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://attacker.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));

    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.statusCode()).isBetween(400, 499);
  }

  @Test
  void givenAJsonEndpoint_aTextPlainOrFormBody_isRefused415_evenWithTheAdminKey() {
    var created = api.post("/api/campaigns", Map.of("name", "cors", "purpose", "PAYMENT_REMINDER"));
    assertThat(created.status()).isEqualTo(201);
    String campaign = "/api/campaigns/" + created.body().get("id").asText();
    String[][] routes = {
      {"POST", "/api/calls"},
      {"POST", "/api/campaigns"},
      {"PATCH", campaign},
      {"POST", campaign + "/pause"},
      {"POST", campaign + "/resume"},
      {"POST", campaign + "/cancel"},
      {"POST", campaign + "/contacts"},
      {"PUT", "/api/dnc/+12125550101"},
      {"PUT", campaign + "/dnc/+12125550101"}
    };
    for (String[] route : routes) {
      for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
        HttpResponse<String> response =
            send(
                api.request(route[1])
                    .header("Content-Type", type)
                    .method(
                        route[0],
                        HttpRequest.BodyPublishers.ofString("{\"to\":\"+12125550101\"}")));
        assertThat(response.statusCode())
            .as(route[0] + " " + route[1] + " with " + type + ": " + response.body())
            .isEqualTo(415);
      }
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
