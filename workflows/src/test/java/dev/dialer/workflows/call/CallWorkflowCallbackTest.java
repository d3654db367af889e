package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.CALL_ID;
import static dev.dialer.workflows.call.CallWorkflowTesting.OTHER_SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.amd;
import static dev.dialer.workflows.call.CallWorkflowTesting.awaitSignalsHandled;
import static dev.dialer.workflows.call.CallWorkflowTesting.dial;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.start;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Twilio's callbacks come twice, out of order, late, early, or for another call. */
class CallWorkflowCallbackTest {

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();

  @RegisterExtension
  final TestWorkflowExtension testWorkflow = CallWorkflowTesting.extension(telephony, records);

  @Test
  void givenDuplicatedCallbacks_itShouldApplyTheFirstOfEach(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(update("in-progress", 2));
    workflow.statusChanged(update("in-progress", 2));
    workflow.statusChanged(finalUpdate("completed", 3, 30, null));
    workflow.statusChanged(finalUpdate("completed", 3, 99, null));
    workflow.machineDetected(amd("human"));

    CallResult result = resultOf(workflow);

    assertThat(result)
        .isEqualTo(
            new CallResult(CALL_ID, SID, Disposition.COMPLETED, "completed", 30, "human", null));
    assertThat(workflow.state().lastSequenceNumber()).isEqualTo(3);
  }

  @Test
  void givenRingingArrivesAfterCompleted_itShouldStayCompleted(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.statusChanged(finalUpdate("completed", 3, 30, null));
    workflow.statusChanged(update("ringing", 1));
    workflow.machineDetected(amd("human"));

    CallResult result = resultOf(workflow);

    assertThat(result.finalStatus()).isEqualTo("completed");
    assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(workflow.state().status()).isEqualTo("completed");
  }

  @Test
  void givenCompletedArrivesBeforeInProgress_itShouldEndOnCompleted(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(finalUpdate("completed", 3, 40, null));
    workflow.statusChanged(update("in-progress", 2));
    workflow.machineDetected(amd("human"));

    CallResult result = resultOf(workflow);

    assertThat(result)
        .isEqualTo(
            new CallResult(CALL_ID, SID, Disposition.COMPLETED, "completed", 40, "human", null));
    assertThat(workflow.state().lastSequenceNumber()).isEqualTo(3);
  }

  @Test
  void givenAStatusAfterTheFinalOne_itShouldNotChangeTheOutcome(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(finalUpdate("completed", 3, 40, null));
    workflow.statusChanged(finalUpdate("failed", 4, 0, null));
    workflow.machineDetected(amd("human"));

    CallResult result = resultOf(workflow);

    assertThat(result.finalStatus()).isEqualTo("completed");
    assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(workflow.state().lastSequenceNumber()).isEqualTo(3);
  }

  @Test
  void givenLostCallbacks_itShouldAcceptGapsInTheSequence(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("initiated", 0));
    workflow.statusChanged(finalUpdate("completed", 6, 12, "human"));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(workflow.state().lastSequenceNumber()).isEqualTo(6);
  }

  @Test
  void givenCallbacksBeforeTheDialReturns_itShouldApplyThemInSequenceOnceTheCallIsKnown(
      CallWorkflow workflow, TestWorkflowEnvironment env) throws InterruptedException {
    CountDownLatch dialReturns = CallWorkflowTesting.holdDial(telephony);
    start(workflow);
    workflow.statusChanged(finalUpdate("completed", 3, 25, null));
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(update("initiated", 0));
    workflow.statusChanged(update(OTHER_SID, "in-progress", 5));
    workflow.statusChanged(
        new CallStatusUpdate(SID, "in-progress", 2, null, "human", null, Instant.EPOCH));
    awaitSignalsHandled(env, workflow, 5);

    CallState beforeDialReturns = workflow.state();
    dialReturns.countDown();
    CallResult result = resultOf(workflow);

    assertThat(beforeDialReturns.callSid()).isNull();
    assertThat(beforeDialReturns.status()).isNull();
    assertThat(result)
        .isEqualTo(
            new CallResult(CALL_ID, SID, Disposition.COMPLETED, "completed", 25, "human", null));
    assertThat(workflow.state().lastSequenceNumber()).isEqualTo(3);
    verify(telephony, never()).fetchCall(any());
  }

  @Test
  void givenCallbacksForAnotherCall_itShouldIgnoreThem(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(
        new CallStatusUpdate(OTHER_SID, "completed", 4, 60, "human", null, null));
    workflow.statusChanged(finalUpdate("busy", 2, 0, null));

    CallResult result = resultOf(workflow);

    assertThat(result)
        .isEqualTo(new CallResult(CALL_ID, SID, Disposition.BUSY, "busy", 0, null, null));
    assertThat(workflow.state().lastSequenceNumber()).isEqualTo(2);
  }
}
