package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.dial;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.conversation.CallOutcome;
import dev.dialer.workflows.conversation.CallbackRequested;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.OptOutRequested;
import dev.dialer.workflows.conversation.OutcomeExtracted;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The media worker's reading of a conversation, on the call's ledger row before its end. */
class CallOutcomeTest {

  private static final CallOutcome CALLBACK =
      new CallOutcome(
          null,
          null,
          null,
          null,
          null,
          null,
          new CallbackRequested(Instant.parse("2026-12-02T22:00:00Z")),
          false,
          false,
          null,
          "The callee asked to be called back tomorrow at 5 pm.",
          null);

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final ComplianceActivities compliance =
      CallWorkflowTesting.compliance(CallWorkflowTesting.allowed());

  @RegisterExtension
  final TestWorkflowExtension testWorkflow =
      CallWorkflowTesting.extension(telephony, records, compliance);

  @Test
  void givenAnOutcomeSecondsAfterTheFinalStatus_whenTheCallEnds_itShouldStoreItBeforeTheEnd(
      TestWorkflowEnvironment env, CallWorkflow workflow) throws InterruptedException {
    converse(workflow);
    workflow.statusChanged(finalUpdate("completed", 3, 30, "human"));
    env.sleep(CallOutcomes.OUTCOME_GRACE.dividedBy(2));
    workflow.outcomeExtracted(new OutcomeExtracted(SID, CALLBACK));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.COMPLETED);
    InOrder order = inOrder(records);
    order
        .verify(records)
        .recordOutcome(
            new OutcomeRecord(CallWorkflowTesting.CALL_ID, null, CallWorkflowTesting.TO, CALLBACK));
    order.verify(records).finish(any());
  }

  @Test
  void givenNoOutcomeFromTheMediaWorker_whenTheGraceRunsOut_itShouldEndWithAnUnknownOutcome(
      CallWorkflow workflow) throws InterruptedException {
    converse(workflow);
    workflow.optOutRequested(new OptOutRequested(SID, OptOutRequested.VOICE, "Stop calling me."));
    workflow.statusChanged(finalUpdate("completed", 3, 30, "human"));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.OPTED_OUT);
    CallOutcome outcome = stored();
    assertThat(outcome.unknownReason()).isEqualTo(CallOutcomes.NO_READING);
    assertThat(outcome.optedOut()).isTrue();
    assertThat(outcome.labels()).containsExactly(CallOutcome.OPTED_OUT, CallOutcome.UNKNOWN);
  }

  @Test
  void givenACallWithoutAConversation_whenItEnds_itShouldStoreNoOutcome(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(finalUpdate("no-answer", 2, 0, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.NO_ANSWER);
    verify(records, never()).recordOutcome(any());
  }

  private static void converse(CallWorkflow workflow) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.mediaConnected(new MediaConnected(SID, "VX1", "media:host-a"));
  }

  private CallOutcome stored() {
    ArgumentCaptor<OutcomeRecord> outcome = ArgumentCaptor.forClass(OutcomeRecord.class);
    verify(records).recordOutcome(outcome.capture());
    return outcome.getValue().outcome();
  }
}
