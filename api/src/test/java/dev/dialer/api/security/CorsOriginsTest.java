package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** DIALER_CORS_ORIGINS opens the API to the origins it names, and to no other. */
class CorsOriginsTest extends SecuredApiSupport {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void givenANamedOrigin_itsPreflightIsAllowed_andAnotherOriginsIsNot() {
    HttpResponse<String> named = preflight(CORS_ORIGIN);
    HttpResponse<String> other = preflight("https://attacker.example");

    assertThat(named.statusCode()).isEqualTo(200);
    assertThat(named.headers().firstValue("Access-Control-Allow-Origin")).contains(CORS_ORIGIN);
    assertThat(named.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
        .contains("authorization");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private HttpResponse<String> preflight(String origin) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(BASE_URL + "/api/calls"))
              .timeout(Duration.ofSeconds(20))
              .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
              .header("Origin", origin)
              .header("Access-Control-Request-Method", "POST")
              .header("Access-Control-Request-Headers", "authorization,content-type")
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
