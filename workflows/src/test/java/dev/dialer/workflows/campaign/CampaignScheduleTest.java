package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.awaitProgress;
import static dev.dialer.workflows.campaign.CampaignTesting.campaign;
import static dev.dialer.workflows.campaign.CampaignTesting.launch;
import static dev.dialer.workflows.campaign.CampaignTesting.now;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.retry;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.CampaignTesting.startCampaign;
import static dev.dialer.workflows.campaign.ScriptedCalls.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.Disposition;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign dials inside its own window and its contacts' windows, and stops at its end. */
class CampaignScheduleTest {

  private static final Duration TALK = Duration.ofMinutes(1);

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenAStartTimeAhead_nothingIsDialedBeforeItAndAPauseHoldsItPastIt(
      TestWorkflowEnvironment env) throws InterruptedException {
    FakeHopper hopper = new FakeHopper(3);
    ScriptedCalls calls = new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, TALK);
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    Instant startAt = now(env).plus(Duration.ofHours(2));
    launch(
        client, settings(new Pacing(5, 5), RetryPolicy.none(), new Schedule(startAt, null, null)));
    awaitProgress(
        client, progress -> progress.status() == CampaignStatus.SCHEDULED, "was scheduled");

    CampaignControlReply paused = campaign(client).pause(new CampaignControl("not yet"));
    env.sleep(Duration.ofHours(3));
    CampaignProgress pastStart = campaign(client).progress();
    Instant resumedAt = now(env);
    CampaignControlReply resumed = campaign(client).resume(new CampaignControl(null));
    CampaignOutcome outcome = outcome(client);

    assertThat(paused.status()).isEqualTo(CampaignStatus.PAUSED);
    assertThat(pastStart.status()).isEqualTo(CampaignStatus.PAUSED);
    assertThat(resumed.status()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(outcome.dispatched()).isEqualTo(3);
    assertThat(calls.dials())
        .allSatisfy(
            dial -> assertThat(dial.atMillis()).isGreaterThanOrEqualTo(resumedAt.toEpochMilli()));
    assertThat(hopper.claims())
        .allSatisfy(claim -> assertThat(claim.at()).isAfterOrEqualTo(resumedAt));
    assertThat(hopper.savedStates())
        .extracting(CampaignStateChange::status)
        .containsExactly(
            CampaignStatus.SCHEDULED,
            CampaignStatus.PAUSED,
            CampaignStatus.RUNNING,
            CampaignStatus.COMPLETED);
    assertThat(hopper.savedStates().get(2).at()).isAfterOrEqualTo(resumedAt);
  }

  @Test
  void givenAStartTimeAhead_theCampaignStartsOnATimerAtThatTime(TestWorkflowEnvironment env) {
    FakeHopper hopper = new FakeHopper(2);
    ScriptedCalls calls = new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, TALK);
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    Instant startAt = now(env).plus(Duration.ofDays(2));
    launch(
        client, settings(new Pacing(5, 5), RetryPolicy.none(), new Schedule(startAt, null, null)));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.dispatched()).isEqualTo(2);
    assertThat(calls.dials())
        .allSatisfy(
            dial ->
                assertThat(dial.atMillis())
                    .isBetween(startAt.toEpochMilli(), startAt.plusSeconds(5).toEpochMilli()));
    assertThat(hopper.savedStates())
        .extracting(CampaignStateChange::status)
        .containsExactly(
            CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.COMPLETED);
    assertThat(client.fetchHistory(WorkflowIds.campaign(CampaignTesting.CAMPAIGN_ID)).getEvents())
        .as("two days of waiting on one timer")
        // The two calls' minute costs a few ledger reads; a look every ten minutes would cost
        // 2,000.
        .hasSizeLessThan(200);
  }

  @Test
  void givenACalleesWindowClosedForEightHours_itIsDialedWhenItOpensWithoutPolling(
      TestWorkflowEnvironment env) {
    FakeHopper hopper = new FakeHopper(2);
    Instant opens = now(env).plus(Duration.ofHours(8));
    hopper.closedUntil(2, opens);
    ScriptedCalls calls = new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, TALK);
    WorkflowClient client = startCampaign(env, hopper, calls, settings(new Pacing(5, 5)));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.dispatched()).isEqualTo(2);
    assertThat(calls.dialsOf(2))
        .singleElement()
        .satisfies(
            dial ->
                assertThat(dial.atMillis())
                    .isBetween(opens.toEpochMilli(), opens.plusSeconds(5).toEpochMilli()));
    assertThat(hopper.claims())
        .as("a look at the hopper every ten minutes at most, not every second")
        .hasSizeLessThan(60);
    assertThat(client.fetchHistory(WorkflowIds.campaign(CampaignTesting.CAMPAIGN_ID)).getEvents())
        .hasSizeLessThan(1_000);
  }

  @Test
  void givenTheEndTimePasses_waitingContactsExpireAfterTheLastCallEnds(
      TestWorkflowEnvironment env) {
    FakeHopper hopper = new FakeHopper(3);
    Instant start = now(env);
    Instant endAt = start.plus(Duration.ofHours(1));
    // Contact 2's window opens ten minutes before the end; its call goes on past it.
    hopper.closedUntil(2, endAt.minus(Duration.ofMinutes(10)));
    ScriptedCalls calls =
        new ScriptedCalls(hopper)
            .otherwise(Disposition.COMPLETED, TALK)
            .script(1, outcome(Disposition.NO_ANSWER, TALK))
            .script(2, outcome(Disposition.COMPLETED, Duration.ofMinutes(20)));
    WorkflowClient client =
        startCampaign(
            env,
            hopper,
            calls,
            settings(
                new Pacing(5, 5),
                retry(3, Map.of("NO_ANSWER", Duration.ofHours(2))),
                new Schedule(null, endAt, null)));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(outcome.dispatched()).isEqualTo(3);
    assertThat(hopper.state(1)).isEqualTo(ContactState.EXPIRED);
    assertThat(hopper.state(2)).isEqualTo(ContactState.DONE);
    assertThat(hopper.state(3)).isEqualTo(ContactState.DONE);
    assertThat(calls.dials())
        .allSatisfy(dial -> assertThat(dial.atMillis()).isLessThan(endAt.toEpochMilli()));
    assertThat(hopper.closes())
        .containsExactly(new CloseContacts(CampaignTesting.CAMPAIGN_ID, ContactState.EXPIRED));
    CampaignStateChange completed = hopper.savedStates().get(hopper.savedStates().size() - 1);
    assertThat(completed.status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(completed.at())
        .isAfterOrEqualTo(Instant.ofEpochMilli(calls.endsOf(2).get(0).atMillis()));
  }
}
