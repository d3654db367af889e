package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A campaign's transfer numbers and clarification timeout: checked at create, kept as given. */
class CampaignVoiceSettingsApiTest extends CampaignTestSupport {

  @Test
  void givenTransferNumbersAndATimeout_whenCreated_theSettingsShouldKeepThemInE164() {
    String id =
        create(
            campaign(
                "voice-ok",
                Map.of(
                    "agent",
                    Map.of(
                        "transferNumbers", List.of("+1 646 555 0199"),
                        "clarificationTimeout", "PT2M",
                        "voicemailMessage", "Hi {{name}}, Acme here; call +16465550199."))));

    var settings = api.get("/api/campaigns/" + id).body().path("settings").path("agent");
    assertThat(settings.path("transferNumbers").get(0).asText()).isEqualTo("+16465550199");
    assertThat(settings.path("clarificationTimeout").asText()).isEqualTo("PT2M");
  }

  @Test
  void givenATransferNumberThatIsNotOne_whenCreated_itShouldAnswer400NamingIt() {
    Reply reply =
        api.post(
            "/api/campaigns",
            campaign(
                "voice-bad-number",
                Map.of("agent", Map.of("transferNumbers", List.of("+16465550199", "12")))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("error").path("field").asText())
        .isEqualTo("agent.transferNumbers[1]");
  }

  @Test
  void givenAZeroOrUnreadableClarificationTimeout_whenCreated_itShouldAnswer400NamingIt() {
    for (String timeout : List.of("PT0S", "soon")) {
      Reply reply =
          api.post(
              "/api/campaigns",
              campaign(
                  "voice-bad-timeout", Map.of("agent", Map.of("clarificationTimeout", timeout))));

      assertThat(reply.status()).as(timeout).isEqualTo(400);
      assertThat(reply.body().path("error").path("field").asText())
          .as(timeout)
          .isEqualTo("agent.clarificationTimeout");
    }
  }
}
