package dev.dialer.workflows.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The highest callsPerSecond a campaign accepts, checked alike by the API and the workflow. */
class PacingCapTest {

  @Test
  void givenTwoHundredCallsASecond_whenValidated_itShouldBeAccepted() {
    assertThat(problems(200)).isEmpty();
    assertThat(problems(150.5)).isEmpty();
  }

  @Test
  void givenMoreThanTwoHundredCallsASecond_whenValidated_itShouldNameTheFieldAndTheCap() {
    assertThat(problems(200.5))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.field()).isEqualTo("pacing.callsPerSecond");
              assertThat(problem.message()).contains("at most 200");
            });
  }

  @Test
  void givenTheCap_aSecondsWorthOfDialsShouldFitOneClaimBatchOf200() {
    assertThat(DispatchTokens.capacity(new Pacing(Pacing.MAX_CALLS_PER_SECOND, 10))).isEqualTo(194);
  }

  private static List<SettingsProblem> problems(double callsPerSecond) {
    CampaignSettings settings = CampaignTesting.settings(new Pacing(callsPerSecond, 100));
    return CampaignSettingsRules.problems(settings).stream()
        .filter(p -> p.field().startsWith("pacing"))
        .toList();
  }
}
