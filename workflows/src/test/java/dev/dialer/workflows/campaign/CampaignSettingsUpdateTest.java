package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.awaitProgress;
import static dev.dialer.workflows.campaign.CampaignTesting.campaign;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.CampaignTesting.startCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.Disposition;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings change while the campaign runs: a change the rules refuse never takes effect. */
class CampaignSettingsUpdateTest {

  private static final int CONTACTS = 30;
  private static final CampaignSettings SLOW = settings(new Pacing(1, 2));

  private final FakeHopper hopper = new FakeHopper(CONTACTS);
  private final ScriptedCalls calls =
      new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, Duration.ofSeconds(20));

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenZeroCallsPerSecond_theChangeIsRefusedWithTheFieldAndSettingsStayAsTheyWere(
      TestWorkflowEnvironment env) throws InterruptedException {
    WorkflowClient client = startCampaign(env, hopper, calls, SLOW);
    awaitProgress(client, progress -> progress.dispatched() > 0, "dialed");

    SettingsChange stop = new SettingsChange(new Pacing(0, 2), null, null, null);

    assertThatThrownBy(() -> campaign(client).updateSettings(stop))
        .isInstanceOf(WorkflowUpdateException.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure ->
                assertThat(UpdateRefusal.parse(failure.getOriginalMessage()))
                    .hasValueSatisfying(
                        refusal -> {
                          assertThat(refusal.kind()).isEqualTo(UpdateRefusal.INVALID_SETTINGS);
                          assertThat(refusal.field()).isEqualTo("pacing.callsPerSecond");
                          assertThat(refusal.reason()).contains("callsPerSecond must be above 0");
                        }));
    assertThat(campaign(client).progress().settings()).isEqualTo(SLOW);
    // The validator refused it: the change never entered the history.
    assertThat(
            client
                .fetchHistory(WorkflowIds.campaign(CampaignTesting.CAMPAIGN_ID))
                .getEvents()
                .stream()
                .filter(HistoryEvent::hasWorkflowExecutionUpdateAcceptedEventAttributes))
        .isEmpty();
    assertThat(hopper.savedStates()).extracting(CampaignStateChange::settings).containsOnly(SLOW);
  }

  @Test
  void givenAFasterPace_itIsStoredAndTheNextClaimsUseIt(TestWorkflowEnvironment env)
      throws InterruptedException {
    WorkflowClient client = startCampaign(env, hopper, calls, SLOW);
    awaitProgress(client, progress -> progress.callsInFlight() == 2, "had 2 calls in flight");
    Pacing faster = new Pacing(10, 6);

    CampaignSettings changed =
        campaign(client).updateSettings(new SettingsChange(faster, null, null, null));
    CampaignOutcome outcome = outcome(client);

    assertThat(changed).isEqualTo(SLOW.with(new SettingsChange(faster, null, null, null)));
    assertThat(outcome.dispatched()).isEqualTo(CONTACTS);
    assertThat(hopper.savedStates())
        .extracting(CampaignStateChange::status, CampaignStateChange::settings)
        .containsSubsequence(
            org.assertj.core.groups.Tuple.tuple(CampaignStatus.RUNNING, SLOW),
            org.assertj.core.groups.Tuple.tuple(CampaignStatus.RUNNING, changed),
            org.assertj.core.groups.Tuple.tuple(CampaignStatus.COMPLETED, changed));
    assertThat(hopper.claims())
        .filteredOn(claim -> claim.settings().equals(changed))
        .extracting(FakeHopper.Claim::limit)
        .contains(6);
    assertThat(hopper.claims())
        .filteredOn(claim -> claim.settings().equals(SLOW))
        .extracting(FakeHopper.Claim::limit)
        .containsOnly(1);
    assertThat(calls.maxLive()).isEqualTo(6);
  }
}
