package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.awaitProgress;
import static dev.dialer.workflows.campaign.CampaignTesting.campaign;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.retry;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.CampaignTesting.startCampaign;
import static dev.dialer.workflows.campaign.ScriptedCalls.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.Disposition;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Campaign histories must replay on the current code: a change that would break running campaigns
 * fails here instead of on the workers. A change meant to alter the commands of running campaigns
 * needs {@code Workflow.getVersion}; the stored history then stays and a new one is added.
 */
class CampaignReplayTest {

  /**
   * Captured from {@link #runSmallCampaign}: claims, three calls and their end signals, a BUSY
   * retry on a timer, an accepted settings update and the completion.
   */
  private static final String STORED_HISTORY = "histories/campaign-busy-retry.json";

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenAFinishedCampaign_whenItsHistoryIsReplayed_itShouldMatchTheCode(
      TestWorkflowEnvironment env) throws Exception {
    WorkflowClient client = env.getWorkflowClient();
    runSmallCampaign(env);

    WorkflowExecutionHistory history =
        client.fetchHistory(WorkflowIds.campaign(CampaignTesting.CAMPAIGN_ID));

    WorkflowReplayer.replayWorkflowExecution(history, CampaignWorkflowImpl.class);
  }

  @Test
  void givenTheStoredHistory_whenReplayed_itShouldMatchTheCode() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        STORED_HISTORY, CampaignWorkflowImpl.class);
  }

  private void runSmallCampaign(TestWorkflowEnvironment env) throws InterruptedException {
    FakeHopper hopper = new FakeHopper(2);
    ScriptedCalls calls =
        new ScriptedCalls(hopper)
            .otherwise(Disposition.COMPLETED, Duration.ofMinutes(2))
            .script(
                1,
                outcome(Disposition.BUSY, Duration.ofSeconds(20)),
                outcome(Disposition.COMPLETED, Duration.ofMinutes(3)));
    WorkflowClient client =
        startCampaign(
            env,
            hopper,
            calls,
            settings(new Pacing(2, 2), retry(2, Map.of("BUSY", Duration.ofMinutes(10))), null));
    awaitProgress(client, progress -> progress.callsInFlight() == 2, "had 2 calls in flight");
    campaign(client).updateSettings(new SettingsChange(new Pacing(1, 1), null, null, null));

    assertThat(outcome(client).dispatched()).isEqualTo(3);
  }
}
