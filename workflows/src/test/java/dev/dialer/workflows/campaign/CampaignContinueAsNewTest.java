package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.launch;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A campaign too big for one history continues as new without losing or repeating a call. */
class CampaignContinueAsNewTest {

  private static final int CONTACTS = 1_200;

  private final FakeHopper hopper = new FakeHopper(CONTACTS);
  private final ScriptedCalls calls =
      new ScriptedCalls(hopper)
          .otherwise(Disposition.COMPLETED, Duration.ofSeconds(30))
          .lingerAfterEnd();

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  // Some 200 passes of the loop, each a few activities in real time, on a machine that may be busy.
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void givenOverAThousandContacts_everyOneEndsOnceAcrossRunsAndNoHistoryGrowsLarge(
      TestWorkflowEnvironment env) {
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    // Slow enough that a run's history fills before the hopper empties: a pass costs ~25 events.
    WorkflowExecution first = launch(client, settings(new Pacing(6, 300)));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(outcome.dispatched()).isEqualTo(CONTACTS);
    assertThat(hopper.states()).containsExactly(Map.entry(ContactState.DONE, CONTACTS));
    assertThat(calls.dials()).hasSize(CONTACTS);
    assertThat(hopper.results()).hasSize(CONTACTS);
    assertThat(hopper.duplicateResults()).isZero();

    List<WorkflowExecutionHistory> runs = CampaignTesting.runs(client, first);
    assertThat(runs).hasSizeGreaterThanOrEqualTo(3);
    assertThat(runs).allSatisfy(run -> assertThat(run.getEvents()).hasSizeLessThan(5_000));
    Map<String, String> dialedBy =
        calls.dials().stream()
            .collect(
                Collectors.toMap(ScriptedCalls.Dial::callId, ScriptedCalls.Dial::campaignRunId));
    assertThat(hopper.results())
        .as("calls dialed by one run and recorded by a later one")
        .filteredOn(result -> !result.runId().equals(dialedBy.get(result.callId())))
        .isNotEmpty();
    assertThat(hopper.results().stream().map(FakeHopper.Result::runId).distinct())
        .hasSize(runs.size());
  }
}
