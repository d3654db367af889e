package dev.dialer.media.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.media.RunningMediaWorker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deny by default: only health and the relay endpoints answer a stranger. */
class MediaSecurityTest {

  private static final String SCRAPE_TOKEN = "media-scrape-token";

  private static RunningMediaWorker worker;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    worker = new RunningMediaWorker(null, "--dialer.media.metrics-token=" + SCRAPE_TOKEN);
  }

  @AfterAll
  static void stop() {
    worker.close();
  }

  @Test
  void givenNoCredentials_whenHealthIsAsked_itShouldAnswer() throws Exception {
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/liveness").statusCode()).isNotIn(401, 403);
  }

  @Test
  void givenNoCredentials_whenAnyOtherRouteIsAsked_itShouldBeForbidden() throws Exception {
    assertThat(get("/actuator/metrics").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/info").statusCode()).isEqualTo(403);
    assertThat(get("/anything").statusCode()).isEqualTo(403);
  }

  @Test
  void givenAPlainRequest_whenTheRelayIsAsked_itShouldReachTheWebSocketHandshake()
      throws Exception {
    // Open to Twilio on purpose: the handshake itself answers (400 without an Upgrade), not
    // security.
    assertThat(get("/relay").statusCode()).isEqualTo(400);
  }

  @Test
  void givenTheScrapeToken_whenPrometheusScrapes_itShouldGetTheMediaSeries_andOthersAreRefused()
      throws Exception {
    HttpResponse<String> scrape = get("/actuator/prometheus", "Bearer " + SCRAPE_TOKEN);
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("dialer_media_latency_seconds_count{stage=\"first_token\"")
        .contains("dialer_media_sessions ");
    assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/prometheus", "Bearer wrong-token").statusCode()).isEqualTo(403);
    // The token opens the scrape only, not the rest of the actuator.
    assertThat(get("/actuator/metrics", "Bearer " + SCRAPE_TOKEN).statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + worker.port() + path))
            .header("Authorization", authorization)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + worker.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
