package dev.dialer.api.support;

import dev.dialer.api.DialerApiApplication;
import dev.dialer.sim.TwilioSimApplication;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real pieces in one JVM: the api with its worker, Temporal's test server, embedded PostgreSQL,
 * and twilio-sim on its own port calling the api back over HTTP with signed webhooks. Every test
 * class that extends this shares one Spring context and one sim.
 */
@SpringBootTest(
    classes = DialerApiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "spring.temporal.connection.target=",
      "dialer.webhooks.relay-interval=200ms",
      // What a developer's shell may export (TWILIO_*, DATABASE_URL, MEDIA_RELAY_URL) feeds these
      // through application.yml; set here, they win over the environment (ApiTestIsolationTest).
      "dialer.database-url=",
      "dialer.twilio.account-sid=",
      "dialer.twilio.auth-token=",
      "dialer.twilio.base-url=",
      "dialer.twilio.caller-id=+14155550100",
      "dialer.media.relay-url=ws://127.0.0.1:8081/relay",
      // TEMPORAL_UI_URL: the dashboard's links to Temporal UI (DashboardApiTest).
      "info.temporal-ui=http://temporal-ui.test:8233/"
    })
@Import(ApiTestConfig.class)
// Spring Boot's tests export no metrics unless asked: the Prometheus scrape is tested here.
@AutoConfigureObservability(tracing = false)
public abstract class ApiTestSupport {

  public static final String API_KEY = "test-api-key";
  public static final String SUPERVISOR_KEY = "test-supervisor-key";
  public static final String VIEWER_KEY = "test-viewer-key";

  /** Admin keys of their own, one per fuzz test class: each spends its own creation budget. */
  public static final List<String> FUZZ_KEYS =
      List.of("test-fuzz-key-1", "test-fuzz-key-2", "test-fuzz-key-3", "test-fuzz-key-4");

  protected static final int API_PORT = TestHosts.freePort();
  protected static final ConfigurableApplicationContext SIM =
      TwilioSimApplication.start("--server.port=0", "--spring.profiles.active=fast");
  protected static final SimClient sim =
      new SimClient("http://127.0.0.1:" + SIM.getEnvironment().getProperty("local.server.port"));
  protected static final ApiClient api = new ApiClient("http://127.0.0.1:" + API_PORT, API_KEY);

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> API_PORT);
    registry.add("dialer.public-base-url", () -> "http://127.0.0.1:" + API_PORT);
    registry.add("dialer.api-key", () -> API_KEY);
    registry.add(
        "dialer.api-keys",
        () ->
            "supervisor:"
                + SUPERVISOR_KEY
                + ",viewer:"
                + VIEWER_KEY
                + FUZZ_KEYS.stream().map(key -> ",admin:" + key).collect(Collectors.joining()));
    // Tests that send wrong keys on purpose share one client address; the limit has its own test.
    registry.add("dialer.security.failed-auth-per-minute", () -> 100_000);
    registry.add("dialer.twilio.sim-url", sim::baseUrl);
    registry.add("dialer.home", () -> TestHosts.tempHome("dialer-test"));
  }
}
