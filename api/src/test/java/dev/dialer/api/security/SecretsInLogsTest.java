package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A full run of a separately deployed api — start-up, a call dialed through the Twilio account (the
 * sim), its signed webhooks and TwiML, reads with every role's key and one wrong key — and then
 * none of the configured secrets may be anywhere in what it logged.
 */
class SecretsInLogsTest extends SecuredApiSupport {

  @Test
  void givenConfiguredSecrets_afterAFullRunWithACall_noneOfThemIsInTheLogs() {
    ApiClient admin = client(ADMIN_KEY);
    String callId = admin.call("+12125550101");
    JsonNode call = admin.awaitDisposition(callId);
    assertThat(call.path("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(call.path("events").size()).as("signed webhooks were accepted").isPositive();
    assertThat(client(VIEWER_KEY).get("/api/calls/" + callId).status()).isEqualTo(200);
    assertThat(client(SUPERVISOR_KEY).get("/api/calls").status()).isEqualTo(200);
    String wrongKey = "wrong-" + ADMIN_KEY;
    assertThat(client(wrongKey).get("/api/calls").status()).isEqualTo(401);

    String logs = CapturedLogs.text();
    assertThat(logs).as("the logs were captured from the start").contains("Started");
    Map<String, String> secrets =
        Map.of(
            "DIALER_API_KEY", ADMIN_KEY,
            "DIALER_API_KEYS (admin)", LIMITED_KEY,
            "DIALER_API_KEYS (supervisor)", SUPERVISOR_KEY,
            "DIALER_API_KEYS (viewer)", VIEWER_KEY,
            "a wrong key presented", wrongKey,
            "DIALER_RELAY_SECRET", RELAY_SECRET,
            "TWILIO_AUTH_TOKEN", TWILIO_AUTH_TOKEN,
            "the DATABASE_URL password", DATABASE_PASSWORD);
    secrets.forEach((name, secret) -> assertThat(logs).as(name).doesNotContain(secret));
    assertThat(logs).doesNotContain("Using generated security password");
  }
}
