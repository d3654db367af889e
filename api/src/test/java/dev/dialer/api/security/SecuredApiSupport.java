package dev.dialer.api.security;

import dev.dialer.api.DialerApiApplication;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestConfig;
import dev.dialer.api.support.TestHosts;
import dev.dialer.sim.TwilioSimApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The api set up as a separate deployment would be: its own PostgreSQL through a DATABASE_URL with
 * a password, a Twilio account (a twilio-sim of its own, with its own account and auth token,
 * reached through TWILIO_BASE_URL), a relay secret, keys of every role, and small limits so that
 * tests can reach them. Every secret is random, so finding one in the logs cannot be a coincidence.
 */
@SpringBootTest(
    classes = DialerApiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "spring.temporal.connection.target=",
      "dialer.webhooks.relay-interval=200ms",
      "dialer.security.rate-limit-per-minute=" + SecuredApiSupport.RATE_LIMIT,
      "dialer.security.failed-auth-per-minute=" + SecuredApiSupport.FAILED_AUTH_LIMIT,
      "dialer.security.cors-origins=" + SecuredApiSupport.CORS_ORIGIN
    })
@Import(ApiTestConfig.class)
abstract class SecuredApiSupport {

  static final int RATE_LIMIT = 3;
  static final int FAILED_AUTH_LIMIT = 3;
  static final String CORS_ORIGIN = "https://ops.example.com";

  static final String ADMIN_KEY = secret("admin");

  /** Two more admin keys, for the rate limit: each has a budget of its own. */
  static final String LIMITED_KEY = secret("limited");

  static final String OTHER_LIMITED_KEY = secret("other");
  static final String SUPERVISOR_KEY = secret("supervisor");
  static final String VIEWER_KEY = secret("viewer");
  static final String RELAY_SECRET = secret("relay");
  static final String DATABASE_PASSWORD = secret("dbpass");
  static final String TWILIO_AUTH_TOKEN = secret("token");
  static final String TWILIO_ACCOUNT_SID = "AC" + UUID.randomUUID().toString().replace("-", "");

  static {
    CapturedLogs.install();
  }

  static final int API_PORT = TestHosts.freePort();
  static final EmbeddedPostgres POSTGRES = startPostgres();
  static final ConfigurableApplicationContext SIM =
      TwilioSimApplication.start(
          "--server.port=0",
          "--spring.profiles.active=fast",
          "--sim.account-sid=" + TWILIO_ACCOUNT_SID,
          "--sim.auth-token=" + TWILIO_AUTH_TOKEN);
  static final String BASE_URL = "http://127.0.0.1:" + API_PORT;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> API_PORT);
    registry.add("dialer.public-base-url", () -> BASE_URL);
    registry.add("dialer.api-key", () -> ADMIN_KEY);
    registry.add(
        "dialer.api-keys",
        () ->
            String.join(
                ",",
                "admin:" + LIMITED_KEY,
                "admin:" + OTHER_LIMITED_KEY,
                "supervisor:" + SUPERVISOR_KEY,
                "viewer:" + VIEWER_KEY));
    registry.add("dialer.media.relay-secret", () -> RELAY_SECRET);
    registry.add(
        "dialer.database-url",
        () ->
            "postgres://postgres:"
                + DATABASE_PASSWORD
                + "@127.0.0.1:"
                + POSTGRES.getPort()
                + "/postgres");
    registry.add("dialer.twilio.account-sid", () -> TWILIO_ACCOUNT_SID);
    registry.add("dialer.twilio.auth-token", () -> TWILIO_AUTH_TOKEN);
    registry.add(
        "dialer.twilio.base-url",
        () -> "http://127.0.0.1:" + SIM.getEnvironment().getProperty("local.server.port"));
    registry.add("dialer.home", () -> TestHosts.tempHome("dialer-secured-test"));
  }

  static ApiClient client(String key) {
    return new ApiClient(BASE_URL, key);
  }

  private static String secret(String what) {
    return what + "-" + UUID.randomUUID().toString().replace("-", "");
  }

  private static EmbeddedPostgres startPostgres() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
