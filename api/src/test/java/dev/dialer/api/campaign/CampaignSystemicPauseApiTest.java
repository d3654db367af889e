package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Twilio refusing the account's credentials is the dialer's fault, not the contact's: the campaign
 * pauses with the reason and no attempt is spent.
 */
class CampaignSystemicPauseApiTest extends CampaignTestSupport {

  @Test
  void givenTwilioAnswers401_whenTheCampaignDials_itPausesWithTheReasonAndSpendsNoAttempt() {
    String phone = phone();
    sim.scenario(
        phone,
        Map.of("failCreateWith", Map.of("code", 20003, "status", 401, "message", "Authenticate")));
    String id =
        create(
            campaign(
                "rotated token",
                Map.of(
                    "contacts", List.of(Map.of("phone", phone)),
                    "retry", Map.of("maxAttempts", 1),
                    "start", true)));

    JsonNode paused = awaitStatus(id, "PAUSED");

    assertThat(paused.get("pauseReason").asText()).contains("20003");
    JsonNode contact = api.get("/api/campaigns/" + id + "/contacts").body().get("contacts").get(0);
    assertThat(contact.get("attempts").asInt()).isZero();
    assertThat(contact.get("state").asText()).isEqualTo("PENDING");
    assertThat(sim.dialsTo(phone)).isEmpty();
  }
}
