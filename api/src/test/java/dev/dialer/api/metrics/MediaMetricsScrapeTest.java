package dev.dialer.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ConversationTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The media worker's /actuator/prometheus, as Prometheus scrapes it, after a conversation. */
class MediaMetricsScrapeTest extends ConversationTestSupport {

  @Test
  void givenAConversation_whenPrometheusScrapesTheMediaWorker_itShouldFindItsLatenciesAndTurns()
      throws Exception {
    // Persona 0 (cooperative), a person answers: agent and callee take turns until goodbye.
    String callId = call("+13475559001");
    assertThat(api.awaitDisposition(callId).path("disposition").asText()).isEqualTo("COMPLETED");

    HttpResponse<String> scrape = scrape("Bearer " + MEDIA_SCRAPE_TOKEN);

    assertThat(scrape.statusCode()).isEqualTo(200);
    for (String stage : List.of("model_request", "first_token", "first_text_frame")) {
      assertThat(
              value(
                  scrape.body(),
                  "dialer_media_latency_seconds_count\\{[^}]*stage=\"" + stage + "\"[^}]*}"))
          .as("turns timed at %s", stage)
          .isPositive();
      assertThat(
              value(
                  scrape.body(),
                  "dialer_media_latency_seconds\\{(?=[^}]*quantile=\"0.95\")[^}]*stage=\""
                      + stage
                      + "\"[^}]*}"))
          .as("p95 at %s", stage)
          .isPositive();
    }
    assertThat(value(scrape.body(), "dialer_media_turns_total\\{[^}]*speaker=\"agent\"[^}]*}"))
        .isPositive();
    assertThat(value(scrape.body(), "dialer_media_turns_total\\{[^}]*speaker=\"callee\"[^}]*}"))
        .isPositive();
    assertThat(scrape.body()).containsPattern("(?m)^dialer_media_sessions ");
    assertThat(scrape("Bearer not-the-token").statusCode()).isEqualTo(403);
  }

  private static HttpResponse<String> scrape(String authorization)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + MEDIA_PORT + "/actuator/prometheus"))
                .header("Authorization", authorization)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static double value(String scrape, String series) {
    var matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(scrape);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
  }
}
