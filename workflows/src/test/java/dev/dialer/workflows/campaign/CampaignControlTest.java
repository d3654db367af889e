package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.awaitProgress;
import static dev.dialer.workflows.campaign.CampaignTesting.campaign;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.CampaignTesting.startCampaign;
import static dev.dialer.workflows.campaign.ScriptedCalls.unreported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.workflows.call.Disposition;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An operator pauses, resumes and cancels a running campaign. */
class CampaignControlTest {

  private static final int CONTACTS = 10;

  private final FakeHopper hopper = new FakeHopper(CONTACTS);

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenCallsInFlight_whenPaused_theyFinishAndAreRecordedButNoneIsDialedUntilResumed(
      TestWorkflowEnvironment env) throws InterruptedException {
    ScriptedCalls calls = callsLasting(Duration.ofMinutes(1));
    WorkflowClient client = launchWithCallsInFlight(env, calls, 3);

    CampaignControlReply paused = campaign(client).pause(new CampaignControl("lunch break"));
    env.sleep(Duration.ofMinutes(30));

    assertThat(paused.status()).isEqualTo(CampaignStatus.PAUSED);
    CampaignProgress whilePaused = campaign(client).progress();
    assertThat(whilePaused.status()).isEqualTo(CampaignStatus.PAUSED);
    assertThat(whilePaused.callsInFlight()).isZero();
    assertThat(calls.dials()).hasSize(3);
    assertThat(hopper.results()).hasSize(3);
    assertThat(hopper.states()).containsEntry(ContactState.DONE, 3);
    long resumedAt = env.currentTimeMillis();

    CampaignControlReply resumed = campaign(client).resume(new CampaignControl(null));
    CampaignOutcome outcome = outcome(client);

    assertThat(resumed.status()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(outcome)
        .isEqualTo(
            new CampaignOutcome(CampaignTesting.CAMPAIGN_ID, CampaignStatus.COMPLETED, CONTACTS));
    assertThat(calls.dials().subList(3, CONTACTS))
        .allSatisfy(dial -> assertThat(dial.atMillis()).isGreaterThanOrEqualTo(resumedAt));
    assertThat(hopper.savedStates())
        .extracting(CampaignStateChange::status)
        .containsExactly(
            CampaignStatus.RUNNING,
            CampaignStatus.PAUSED,
            CampaignStatus.RUNNING,
            CampaignStatus.COMPLETED);
  }

  @Test
  void givenCallsInFlight_whenCanceled_theyAreEndedAndWaitingContactsAreClosed(
      TestWorkflowEnvironment env) throws InterruptedException {
    ScriptedCalls calls = callsLasting(Duration.ofHours(1));
    WorkflowClient client = launchWithCallsInFlight(env, calls, 4);
    long canceledAt = env.currentTimeMillis();

    CampaignControlReply canceled = campaign(client).cancel(new CampaignControl("wrong list"));
    CampaignOutcome outcome = outcome(client);

    assertThat(canceled.status()).isEqualTo(CampaignStatus.CANCELED);
    assertThat(outcome)
        .isEqualTo(new CampaignOutcome(CampaignTesting.CAMPAIGN_ID, CampaignStatus.CANCELED, 4));
    assertThat(calls.ends())
        .hasSize(4)
        .allSatisfy(
            end -> {
              assertThat(end.endReason()).isEqualTo("campaign canceled: wrong list");
              assertThat(end.disposition()).isEqualTo(Disposition.CANCELED);
              assertThat(end.atMillis()).isLessThan(canceledAt + Duration.ofMinutes(1).toMillis());
            });
    assertThat(hopper.results()).hasSize(4);
    assertThat(hopper.closes())
        .containsExactly(new CloseContacts(CampaignTesting.CAMPAIGN_ID, ContactState.CANCELED));
    assertThat(hopper.states())
        .containsEntry(ContactState.CANCELED, CONTACTS - 4)
        .containsEntry(ContactState.DONE, 4);
    assertThat(hopper.savedStates())
        .extracting(CampaignStateChange::status)
        .containsExactly(CampaignStatus.RUNNING, CampaignStatus.CANCELED);
  }

  @Test
  void givenACancelUnderWay_aPauseIsRefusedAndACallThatNeverReportsIsSettledFromTheLedger(
      TestWorkflowEnvironment env) throws InterruptedException {
    // Its end is neither signalled nor among the loop's reads: only the drain's settle finds it.
    hopper.missedByReads(1);
    ScriptedCalls calls =
        new ScriptedCalls(hopper)
            .otherwise(Disposition.COMPLETED, Duration.ofHours(1))
            .script(1, unreported(Disposition.COMPLETED, Duration.ofHours(1)));
    WorkflowClient client = startCampaign(env, hopper, calls, settings(new Pacing(2, 2)));
    awaitProgress(client, progress -> progress.callsInFlight() == 2, "had 2 calls in flight");
    long canceledAt = env.currentTimeMillis();
    campaign(client).cancel(new CampaignControl(null));
    awaitProgress(client, progress -> progress.callsInFlight() == 1, "heard from one call");

    assertThatThrownBy(() -> campaign(client).pause(new CampaignControl("too late")))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("cannot pause: the campaign is being canceled");
    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.CANCELED);
    assertThat(calls.ends())
        .allSatisfy(end -> assertThat(end.endReason()).isEqualTo("campaign canceled"));
    assertThat(hopper.results()).hasSize(2);
    assertThat(hopper.savedStates().get(hopper.savedStates().size() - 1).at())
        .isAfterOrEqualTo(Instant.ofEpochMilli(canceledAt).plus(SettleSchedule.DRAIN_SETTLE_AFTER));
  }

  @Test
  void givenContactsUploadedAsTheCampaignCompletes_theyAreDialedBeforeItEnds(
      TestWorkflowEnvironment env) {
    hopper.arriveOnFinalSave(2);
    ScriptedCalls calls =
        new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, Duration.ofMinutes(1));
    WorkflowClient client = startCampaign(env, hopper, calls, settings(new Pacing(5, 5)));
    CampaignOutcome outcome = outcome(client);

    assertThat(hopper.refusedFinalSaves()).isEqualTo(1);
    assertThat(outcome)
        .isEqualTo(
            new CampaignOutcome(
                CampaignTesting.CAMPAIGN_ID, CampaignStatus.COMPLETED, CONTACTS + 2));
    assertThat(hopper.states()).containsExactly(Map.entry(ContactState.DONE, CONTACTS + 2));
  }

  @Test
  void givenContactsUploadedAsTheCampaignIsCanceled_theyAreClosedToo(TestWorkflowEnvironment env)
      throws InterruptedException {
    ScriptedCalls calls = callsLasting(Duration.ofHours(1));
    WorkflowClient client = launchWithCallsInFlight(env, calls, 4);
    hopper.arriveOnFinalSave(3);

    campaign(client).cancel(new CampaignControl("wrong list"));
    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.CANCELED);
    assertThat(hopper.refusedFinalSaves()).isEqualTo(1);
    assertThat(hopper.closes()).hasSize(2);
    assertThat(hopper.states())
        .containsEntry(ContactState.CANCELED, CONTACTS - 4 + 3)
        .containsEntry(ContactState.DONE, 4);
    assertThat(hopper.savedStates())
        .extracting(CampaignStateChange::status)
        .containsExactly(CampaignStatus.RUNNING, CampaignStatus.CANCELED);
  }

  private ScriptedCalls callsLasting(Duration talk) {
    return new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, talk);
  }

  /** Dials {@code inFlight} a second and at once, and returns when that many calls are up. */
  private WorkflowClient launchWithCallsInFlight(
      TestWorkflowEnvironment env, ScriptedCalls calls, int inFlight) throws InterruptedException {
    WorkflowClient client =
        startCampaign(env, hopper, calls, settings(new Pacing(inFlight, inFlight)));
    awaitProgress(
        client,
        progress -> progress.callsInFlight() == inFlight,
        "had " + inFlight + " calls in flight");
    return client;
  }
}
