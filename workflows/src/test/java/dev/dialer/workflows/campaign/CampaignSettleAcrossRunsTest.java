package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.launch;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.ScriptedCalls.unreported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A busy campaign continues as new every few minutes; the quarter-hourly settle of lost ends must
 * still come, so its clock and each call's start time cross the runs.
 */
class CampaignSettleAcrossRunsTest {

  private static final int CONTACTS = 1_200;

  private final FakeHopper hopper = new FakeHopper(CONTACTS);
  private final ScriptedCalls calls =
      new ScriptedCalls(hopper)
          .otherwise(Disposition.COMPLETED, Duration.ofSeconds(2))
          .script(1, unreported(Disposition.COMPLETED, Duration.ofMinutes(1)))
          .lingerAfterEnd();

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenALostEndOnACampaignThatContinuesAsNewOften_itShouldBeSettledWithinAQuarterHour(
      TestWorkflowEnvironment env) {
    // Its end is neither signalled nor among the loop's reads: only the settle finds it.
    hopper.missedByReads(1);
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    Instant start = CampaignTesting.now(env);
    WorkflowExecution first = launch(client, settings(new Pacing(1, 4)));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.COMPLETED);
    Instant lastDial = Instant.ofEpochMilli(calls.dials().get(calls.dials().size() - 1).atMillis());
    Instant settleDue = start.plus(SettleSchedule.SETTLE_EVERY);
    assertThat(lastDial)
        .as("the campaign was still dialing after the settle was due")
        .isAfter(settleDue.plus(Duration.ofMinutes(2)));
    assertThat(CampaignTesting.runs(client, first))
        .as("runs within the first quarter hour")
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(hopper.results())
        .filteredOn(result -> result.contactId() == 1)
        .singleElement()
        .satisfies(
            settled ->
                assertThat(settled.at())
                    .isBetween(settleDue, settleDue.plus(Duration.ofMinutes(1))));
  }
}
