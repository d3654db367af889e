package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.awaitProgress;
import static dev.dialer.workflows.campaign.CampaignTesting.campaign;
import static dev.dialer.workflows.campaign.CampaignTesting.launch;
import static dev.dialer.workflows.campaign.CampaignTesting.now;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.retry;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.ScriptedCalls.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.replay.StoredHistories;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes the campaign histories that {@code StoredHistoriesReplayTest} replays; runs only on
 * request (see {@code CallHistoryCapture}). A campaign that continues as new is stored run by run.
 */
@EnabledIfSystemProperty(named = StoredHistories.CAPTURE_PROPERTY, matches = "true")
class CampaignHistoryCapture {

  private static final Duration TALK = Duration.ofMinutes(1);

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  /** Enough contacts for one continue-as-new; the calls stay open (see lingerAfterEnd). */
  @Test
  void captureACampaignThatContinuesAsNew(TestWorkflowEnvironment env) {
    FakeHopper hopper = new FakeHopper(560);
    ScriptedCalls calls =
        new ScriptedCalls(hopper)
            .otherwise(Disposition.COMPLETED, Duration.ofSeconds(30))
            .lingerAfterEnd();
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    WorkflowExecution first = launch(client, settings(new Pacing(100, 300)));

    assertThat(outcome(client).status()).isEqualTo(CampaignStatus.COMPLETED);
    List<WorkflowExecutionHistory> runs = CampaignTesting.runs(client, first);
    assertThat(runs).hasSizeGreaterThanOrEqualTo(2);
    for (int run = 0; run < runs.size(); run++) {
      StoredHistories.write("campaign-continue-as-new-run" + (run + 1), runs.get(run));
    }
  }

  /** Paused with calls in flight, which end while it is paused, then resumed to completion. */
  @Test
  void captureAPausedAndResumedCampaign(TestWorkflowEnvironment env) throws InterruptedException {
    FakeHopper hopper = new FakeHopper(6);
    ScriptedCalls calls = new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, TALK);
    WorkflowClient client =
        CampaignTesting.startCampaign(env, hopper, calls, settings(new Pacing(3, 3)));
    awaitProgress(client, progress -> progress.callsInFlight() == 3, "had 3 calls in flight");

    campaign(client).pause(new CampaignControl("lunch break"));
    env.sleep(Duration.ofMinutes(30));
    campaign(client).resume(new CampaignControl(null));

    assertThat(outcome(client).dispatched()).isEqualTo(6);
    capture("campaign-paused-resumed", client);
  }

  /** Canceled with calls in flight: they are asked to end, the waiting contacts are closed. */
  @Test
  void captureACanceledCampaign(TestWorkflowEnvironment env) throws InterruptedException {
    FakeHopper hopper = new FakeHopper(6);
    ScriptedCalls calls =
        new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, Duration.ofHours(1));
    WorkflowClient client =
        CampaignTesting.startCampaign(env, hopper, calls, settings(new Pacing(3, 3)));
    awaitProgress(client, progress -> progress.callsInFlight() == 3, "had 3 calls in flight");

    campaign(client).cancel(new CampaignControl("wrong list"));

    assertThat(outcome(client).status()).isEqualTo(CampaignStatus.CANCELED);
    capture("campaign-canceled", client);
  }

  /** Waits on one timer for its start time, then dials. */
  @Test
  void captureAScheduledStart(TestWorkflowEnvironment env) {
    FakeHopper hopper = new FakeHopper(2);
    ScriptedCalls calls = new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, TALK);
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    Instant startAt = now(env).plus(Duration.ofHours(6));
    launch(
        client, settings(new Pacing(5, 5), RetryPolicy.none(), new Schedule(startAt, null, null)));

    assertThat(outcome(client).dispatched()).isEqualTo(2);
    capture("campaign-scheduled-start", client);
  }

  /** Its end time passes with a retry pending and a call in flight: the rest expire. */
  @Test
  void captureAnExpiredCampaign(TestWorkflowEnvironment env) {
    FakeHopper hopper = new FakeHopper(3);
    Instant endAt = now(env).plus(Duration.ofHours(1));
    hopper.closedUntil(2, endAt.minus(Duration.ofMinutes(10)));
    ScriptedCalls calls =
        new ScriptedCalls(hopper)
            .otherwise(Disposition.COMPLETED, TALK)
            .script(1, outcome(Disposition.NO_ANSWER, TALK))
            .script(2, outcome(Disposition.COMPLETED, Duration.ofMinutes(20)));
    WorkflowClient client =
        CampaignTesting.startCampaign(
            env,
            hopper,
            calls,
            settings(
                new Pacing(5, 5),
                retry(3, Map.of("NO_ANSWER", Duration.ofHours(2))),
                new Schedule(null, endAt, null)));

    assertThat(outcome(client).status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(hopper.state(1)).isEqualTo(ContactState.EXPIRED);
    capture("campaign-expired", client);
  }

  private static void capture(String name, WorkflowClient client) {
    WorkflowExecutionHistory history =
        client.fetchHistory(WorkflowIds.campaign(CampaignTesting.CAMPAIGN_ID));
    assertThat(history.getLastEvent().getEventType())
        .as("a campaign that finished in one run")
        .isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED);
    StoredHistories.write(name, history);
  }
}
