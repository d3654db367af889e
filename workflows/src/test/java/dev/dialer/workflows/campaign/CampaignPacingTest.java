package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.CampaignTesting.startCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign never has more calls live than allowed, nor dials faster than its pace. */
class CampaignPacingTest {

  private static final int CONTACTS = 60;

  private final FakeHopper hopper = new FakeHopper(CONTACTS);
  private final ScriptedCalls calls =
      new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, Duration.ofSeconds(3));

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenFiveCallsASecondAndEightAtOnce_itNeverExceedsEither(TestWorkflowEnvironment env) {
    WorkflowClient client = startCampaign(env, hopper, calls, settings(new Pacing(5, 8)));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(outcome.dispatched()).isEqualTo(CONTACTS);
    assertThat(hopper.states()).containsOnlyKeys(ContactState.DONE);
    assertThat(calls.maxLive()).isEqualTo(8);
    assertThat(hopper.maxDialing()).isEqualTo(8);
    List<FakeHopper.Claim> claims = hopper.claims();
    assertThat(mostInOneSecond(claims)).isEqualTo(5);
    for (int i = 1; i < claims.size(); i++) {
      assertThat(Duration.between(claims.get(i - 1).at(), claims.get(i).at()))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  /**
   * The most dials claimed in any one second [t, t + 1 s) of workflow time. Claims are where the
   * campaign paces; the dial activity then spaces the dials of a batch within its second.
   */
  private static int mostInOneSecond(List<FakeHopper.Claim> claims) {
    int most = 0;
    for (FakeHopper.Claim first : claims) {
      Instant end = first.at().plusSeconds(1);
      int inWindow =
          claims.stream()
              .filter(claim -> !claim.at().isBefore(first.at()) && claim.at().isBefore(end))
              .mapToInt(FakeHopper.Claim::claimed)
              .sum();
      most = Math.max(most, inWindow);
    }
    return most;
  }
}
