package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.launch;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A DRAFT canceled while its start was on the way: the workflow finds it ended and dials none. */
class CampaignCanceledDraftTest {

  private final FakeHopper hopper = new FakeHopper(5).endedAs(CampaignStatus.CANCELED);
  private final ScriptedCalls calls =
      new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, Duration.ofSeconds(5));

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenTheRowCanceledBeforeTheFirstSave_whenTheWorkflowStarts_itShouldEndCanceledWithoutADial(
      TestWorkflowEnvironment env) {
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    launch(client, settings(new Pacing(5, 5)));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.CANCELED);
    assertThat(hopper.claims()).isEmpty();
    assertThat(calls.dials()).isEmpty();
  }
}
