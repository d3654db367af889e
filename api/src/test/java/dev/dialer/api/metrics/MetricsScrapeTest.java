package dev.dialer.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestSupport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** /actuator/prometheus and readiness as Prometheus and Kubernetes would call them. */
class MetricsScrapeTest extends ApiTestSupport {

  @Test
  void givenACallThroughTheSim_whenPrometheusScrapes_itShouldFindTheDialerSeries() {
    api.awaitDisposition(api.call("+16465550154"));

    String scrape =
        Awaitility.await("dialer_* series after a call")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                this::scrape,
                text ->
                    positive(text, "dialer_calls\\{[^}]*disposition=\"COMPLETED\"[^}]*}")
                        && positive(text, "dialer_dial_latency_seconds_count\\{[^}]*}")
                        && positive(text, "dialer_webhook_lag_seconds_count\\{[^}]*}")
                        && positive(
                            text, "dialer_compliance_decisions\\{[^}]*rule=\"allowed\"[^}]*}"));
    assertThat(scrape)
        .contains("dialer_inbox_backlog{")
        .contains("dialer_dial_latency_seconds_bucket{");
  }

  @Test
  void givenACampaignThatRan_whenPrometheusScrapes_itShouldFindItsDialsByCampaign() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "metrics scrape");
    body.put("purpose", "APPOINTMENT_CONFIRMATION");
    body.put("contacts", List.of(Map.of("phone", "+13475557100"), Map.of("phone", "+13475557110")));
    ApiClient.Reply created = api.post("/api/campaigns", body);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    String id = created.body().get("id").asText();
    assertThat(api.post("/api/campaigns/" + id + "/start", Map.of()).status()).isEqualTo(202);
    Awaitility.await("campaign " + id + " to complete")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> api.get("/api/campaigns/" + id).body().path("status").asText(),
            "COMPLETED"::equals);

    String series = "dialer_campaign_dials\\{[^}]*campaign=\"" + id + "\"[^}]*}";
    Awaitility.await("dialer_campaign_dials of campaign " + id)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(this::scrape, text -> value(text, series) == 2.0);
  }

  @Test
  void givenRequestsThroughTheSecurityChain_whenPrometheusScrapes_itShouldTimeRequestsNotFilters() {
    assertThat(api.get("/api/campaigns").status()).isEqualTo(200);

    String scrape =
        Awaitility.await("http_server_requests after a request")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                this::scrape,
                text -> positive(text, "http_server_requests_seconds_count\\{[^}]*}"));
    // SecurityConfig.securityObservations: no timer per security filter or authorization.
    assertThat(scrape).doesNotContain("spring_security_");
  }

  @Test
  void givenAKeyBelowAdmin_orNone_whenScraping_itShouldBeRefused() {
    assertThat(new ApiClient(api.baseUrl(), VIEWER_KEY).get("/actuator/prometheus").status())
        .isEqualTo(403);
    assertThat(new ApiClient(api.baseUrl(), "wrong").get("/actuator/prometheus").status())
        .isEqualTo(401);
  }

  @Test
  void givenDatabaseAndTemporalUp_whenReadinessIsProbed_itShouldCheckBoth() {
    ApiClient.Reply readiness = api.get("/actuator/health/readiness");
    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.body().at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(readiness.body().at("/components/temporal/status").asText()).isEqualTo("UP");
  }

  @Test
  void givenAViewerKey_whenInfoIsRead_itShouldNameTheTemporalUi() {
    ApiClient.Reply info = new ApiClient(api.baseUrl(), VIEWER_KEY).get("/actuator/info");
    assertThat(info.status()).isEqualTo(200);
    assertThat(info.body().has("temporal-ui")).as(info.raw().body()).isTrue();
    assertThat(new ApiClient(api.baseUrl(), "wrong").get("/actuator/info").status()).isEqualTo(401);
  }

  private String scrape() {
    return api.send(
            api.request("/actuator/prometheus").header("Accept", "text/plain").GET().build())
        .raw()
        .body();
  }

  /** The value of the first sample of this series, or -1 when there is none. */
  private static double value(String scrape, String series) {
    var matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(scrape);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
  }

  /** A sample of this series whose value is above zero. */
  private static boolean positive(String scrape, String series) {
    var matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(scrape);
    while (matcher.find()) {
      if (Double.parseDouble(matcher.group(1)) > 0) {
        return true;
      }
    }
    return false;
  }
}
