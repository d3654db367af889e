package dev.dialer.workflows.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.CallRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a campaign's settings give each call it starts. */
class ChildCallsTest {

  private static final ClaimedContact ADA =
      new ClaimedContact(
          7, "call-7", 1, "+16465550123", "Ada", null, null, null, Map.of("amount", "$120"));

  @Test
  void givenACampaignClarificationTimeout_whenACallStarts_itShouldWaitThatLongForASupervisor() {
    CallRequest call = ChildCalls.request("c1", settings(agent(Duration.ofMinutes(2))), ADA);

    assertThat(call.clarificationTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void givenTransferNumbersAndAVoicemail_whenACallStarts_itShouldCarryThemWithTheContactFilledIn() {
    CallRequest call = ChildCalls.request("c1", settings(agent(null)), ADA);

    assertThat(call.voice().transferNumbers()).containsExactly("+16465550199");
    assertThat(call.voice().voicemailMessage())
        .isEqualTo("Hi Ada, Acme here about $120. Call us at +16465550199.");
  }

  private static AgentScript agent(Duration clarificationTimeout) {
    return new AgentScript(
        null,
        null,
        "Hi {{name}}, Acme here about {{amount}}.{{missing}} Call us at +16465550199.",
        List.of("+16465550199"),
        clarificationTimeout);
  }

  private static CampaignSettings settings(AgentScript agent) {
    return new CampaignSettings(
        CampaignPurpose.PAYMENT_REMINDER,
        "+14155550100",
        agent,
        new Schedule(null, null, null),
        new Pacing(1, 1),
        RetryPolicy.none(),
        null);
  }
}
