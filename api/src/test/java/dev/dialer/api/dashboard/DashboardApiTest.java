package dev.dialer.api.dashboard;

import static java.net.http.HttpResponse.BodyHandlers.ofString;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** What the dashboard asks the api for besides the REST API: who its key is, and histories. */
class DashboardApiTest extends ApiTestSupport {

  @Test
  void givenAViewerKey_whenAskingWhoItIs_itGetsItsKeyIdAndRoleButNoKey() {
    ApiClient viewer = new ApiClient(api.baseUrl(), VIEWER_KEY);
    JsonNode me = viewer.get("/api/me").body();
    assertThat(me.get("role").asText()).isEqualTo("viewer");
    assertThat(me.get("keyId").asText()).startsWith("viewer-").doesNotContain(VIEWER_KEY);
    assertThat(api.get("/api/me").body().get("role").asText()).isEqualTo("admin");
  }

  @Test
  void givenTemporalUiUrl_whenAskingWhoItIs_itGetsWhereTemporalUiIsAndTheNamespace() {
    JsonNode me = new ApiClient(api.baseUrl(), VIEWER_KEY).get("/api/me").body();

    assertThat(me.path("temporalUiUrl").asText()).isEqualTo("http://temporal-ui.test:8233");
    assertThat(me.path("temporalNamespace").asText()).isEqualTo("default");
  }

  @Test
  void givenNoKey_whenFetchingTheDashboard_itGetsThePageAndItsAssetsButNoData() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(plain("/dashboard/").GET().build(), ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("<label for=\"key-input\">API key</label>");
    assertThat(http.send(plain("/dashboard/js/app.js").GET().build(), ofString()).statusCode())
        .isEqualTo(200);
    assertThat(http.send(plain("/dashboard").GET().build(), ofString()).statusCode())
        .isEqualTo(302);
    assertThat(
            http.send(
                    plain("/dashboard/").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    ofString())
                .statusCode())
        .as("only GET is open")
        .isIn(401, 403);
    assertThat(http.send(plain("/api/me").GET().build(), ofString()).statusCode()).isEqualTo(401);
  }

  private static HttpRequest.Builder plain(String path) {
    return HttpRequest.newBuilder(URI.create(api.baseUrl() + path));
  }

  @Test
  void givenAFinishedCall_whenReadingItsHistory_itListsItsActivitiesAndSignalsInWords() {
    String callId = api.call("+12025560142");
    api.awaitDisposition(callId);

    // The disposition is written by the workflow's last activity, just before it completes.
    JsonNode history =
        Awaitility.await("the call workflow to complete")
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> api.get("/api/calls/" + callId + "/history").body(),
                body -> {
                  JsonNode events = body.path("events");
                  return events.size() > 0
                      && events
                          .get(events.size() - 1)
                          .path("kind")
                          .asText()
                          .startsWith("Workflow execution completed");
                });
    assertThat(history.get("workflowId").asText()).isEqualTo("call:" + callId);
    List<String> lines = new ArrayList<>();
    history.get("events").forEach(e -> lines.add(e.get("kind").asText() + ": " + e.get("summary")));
    assertThat(lines.get(0)).startsWith("Workflow execution started: \"CallWorkflow\"");
    assertThat(lines).anyMatch(line -> line.startsWith("Activity task scheduled: \"Dial"));
    assertThat(lines).anyMatch(line -> line.startsWith("Workflow execution signaled: "));
    assertThat(lines).last().asString().startsWith("Workflow execution completed");
    assertThat(lines).noneMatch(line -> line.startsWith("Workflow task"));
  }

  @Test
  void givenNoSuchCall_whenReadingItsHistory_itIs404CallNotFound() {
    var reply = api.get("/api/calls/no-such-call/history");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().at("/error/code").asText()).isEqualTo("CALL_NOT_FOUND");
  }
}
