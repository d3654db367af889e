package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.launch;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.retry;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.CampaignTesting.startCampaign;
import static dev.dialer.workflows.campaign.ScriptedCalls.outcome;
import static dev.dialer.workflows.campaign.ScriptedCalls.unreported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign reads its calls' ends from the ledger: no event in its history comes from a call, so
 * no stream of ends can make the server refuse the task that continues a run as new.
 */
class CampaignLedgerEndsTest {

  private static final int CONTACTS = 60;

  /** Events a call would bring into the campaign's history: its signal, or its life as a child. */
  private static final Set<EventType> FROM_CALLS =
      EnumSet.of(
          EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED,
          EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
          EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED,
          EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED,
          EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED);

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenSixtyCallsEnding_whenTheCampaignCompletes_itsHistoryHoldsNoEventFromAnyCall(
      TestWorkflowEnvironment env) {
    FakeHopper hopper = new FakeHopper(CONTACTS);
    ScriptedCalls calls =
        new ScriptedCalls(hopper).otherwise(Disposition.COMPLETED, Duration.ofSeconds(20));
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();

    CampaignOutcome outcome =
        outcomeOf(client, launch(client, settings(new Pacing(10, 20))), hopper);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(outcome.dispatched()).isEqualTo(CONTACTS);
    assertThat(hopper.states()).containsExactly(Map.entry(ContactState.DONE, CONTACTS));
    assertThat(hopper.results()).hasSize(CONTACTS);
    assertThat(hopper.duplicateResults()).isZero();
  }

  private CampaignOutcome outcomeOf(
      WorkflowClient client, io.temporal.api.common.v1.WorkflowExecution first, FakeHopper hopper) {
    CampaignOutcome outcome = outcome(client);
    List<HistoryEvent> events =
        CampaignTesting.runs(client, first).stream()
            .map(WorkflowExecutionHistory::getEvents)
            .flatMap(List::stream)
            .toList();
    assertThat(events).hasSizeGreaterThan(CONTACTS);
    assertThat(events)
        .as("events from calls in the campaign's history")
        .filteredOn(event -> FROM_CALLS.contains(event.getEventType()))
        .isEmpty();
    assertThat(hopper.ledgerReads()).isPositive();
    return outcome;
  }

  @Test
  void givenACallEndsSystemUnavailableWithoutASignal_itPausesTheCampaignFromTheLedger(
      TestWorkflowEnvironment env) throws InterruptedException {
    FakeHopper hopper = new FakeHopper(2);
    ScriptedCalls calls =
        new ScriptedCalls(hopper)
            .script(1, unreported(Disposition.SYSTEM_UNAVAILABLE, Duration.ZERO))
            .script(2, outcome(Disposition.COMPLETED, Duration.ofSeconds(40)));
    startCampaign(env, hopper, calls, settings(new Pacing(1, 1), retry(3, Map.of()), null));

    CampaignStateChange paused = awaitPaused(hopper);

    assertThat(paused.pauseReason()).contains("compliance check was unavailable");
    assertThat(hopper.state(1)).isEqualTo(ContactState.PENDING);
  }

  private static CampaignStateChange awaitPaused(FakeHopper hopper) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Optional<CampaignStateChange> paused =
          hopper.savedStates().stream()
              .filter(change -> change.status() == CampaignStatus.PAUSED)
              .findFirst();
      if (paused.isPresent()) {
        return paused.get();
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    throw new AssertionError("the campaign never paused; saved " + hopper.savedStates());
  }
}
