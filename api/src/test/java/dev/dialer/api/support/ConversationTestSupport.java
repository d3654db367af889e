package dev.dialer.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.DialerApiApplication;
import dev.dialer.media.MediaWorkerApplication;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Like {@link ApiTestSupport} (the api with its worker, Temporal's test server, embedded
 * PostgreSQL, the same twilio-sim), plus a real media worker as its own Spring Boot application on
 * its own port: the sim's callees open real WebSockets to it. It shares the api's database and
 * Temporal client and the relay secret. The api runs on a port of its own, so that this context and
 * ApiTestSupport's (whose callees have nobody to talk to) can be up at once.
 */
@SpringBootTest(
    classes = DialerApiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "spring.temporal.connection.target=",
      "dialer.webhooks.relay-interval=200ms",
      "dialer.media.clarification-timeout=PT5S"
    })
@Import(ApiTestConfig.class)
public abstract class ConversationTestSupport {

  protected static final String RELAY_SECRET = "test-relay-secret";
  protected static final String MEDIA_SCRAPE_TOKEN = "test-media-scrape-token";
  protected static final int API_PORT = TestHosts.freePort();
  protected static final int MEDIA_PORT = TestHosts.freePort();
  protected static final SimClient sim = ApiTestSupport.sim;
  protected static final ApiClient api =
      new ApiClient("http://127.0.0.1:" + API_PORT, ApiTestSupport.API_KEY);
  private static ConfigurableApplicationContext media;

  @Autowired private DataSource dataSource;
  @Autowired private WorkflowClient workflowClient;

  @DynamicPropertySource
  static void mediaProperties(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> API_PORT);
    registry.add("dialer.public-base-url", () -> "http://127.0.0.1:" + API_PORT);
    registry.add("dialer.api-key", () -> ApiTestSupport.API_KEY);
    registry.add("dialer.twilio.sim-url", sim::baseUrl);
    registry.add("dialer.home", () -> TestHosts.tempHome("dialer-conversation-test"));
    registry.add("dialer.media.relay-url", () -> "ws://127.0.0.1:" + MEDIA_PORT + "/relay");
    registry.add("dialer.media.relay-secret", () -> RELAY_SECRET);
  }

  @BeforeEach
  void startMediaWorker() {
    synchronized (ConversationTestSupport.class) {
      if (media != null) {
        return;
      }
      media =
          MediaWorkerApplication.builder()
              .initializers(
                  context -> {
                    context.getBeanFactory().registerSingleton("dataSource", dataSource);
                    context
                        .getBeanFactory()
                        .registerSingleton("mediaWorkflowClient", workflowClient);
                  })
              .run(
                  "--server.port=" + MEDIA_PORT,
                  "--dialer.media.relay-secret=" + RELAY_SECRET,
                  "--dialer.media.host=test-host",
                  "--dialer.media.silence-timeout=PT0.5S",
                  "--dialer.media.metrics-token=" + MEDIA_SCRAPE_TOKEN,
                  "--spring.jmx.enabled=false");
    }
  }

  protected static ConfigurableApplicationContext media() {
    return media;
  }

  /** Places a single call through the api and returns its callId. */
  protected static String call(String to) {
    ApiClient.Reply reply = api.post("/api/calls", Map.of("to", to));
    assertThat(reply.status()).as("POST /api/calls: %s", reply.body()).isEqualTo(202);
    return reply.body().get("callId").asText();
  }

  /** Waits until the sim's record of the first call to {@code to} holds {@code line}. */
  protected static void awaitHeard(String to, String line) {
    Awaitility.await("'" + line + "' on the call to " + to)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> heard(to), lines -> lines.contains(line));
  }

  /**
   * "speaker: text" (or "speaker: [digits]") of each turn on the sim's first call to {@code to}.
   */
  protected static List<String> heard(String to) {
    List<String> lines = new ArrayList<>();
    List<JsonNode> dials = sim.dialsTo(to);
    if (dials.isEmpty()) {
      return lines;
    }
    dials
        .get(0)
        .path("conversation")
        .forEach(
            entry -> {
              if (entry.has("event")) {
                return;
              }
              String text = entry.path("text").asText("").strip();
              String digits = entry.path("digits").asText("");
              lines.add(
                  entry.path("speaker").asText()
                      + ": "
                      + (text.isEmpty() && !digits.isEmpty() ? "[" + digits + "]" : text));
            });
    return lines;
  }
}
