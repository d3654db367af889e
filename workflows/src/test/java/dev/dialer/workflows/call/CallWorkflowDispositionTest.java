package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.CALL_ID;
import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.amd;
import static dev.dialer.workflows.call.CallWorkflowTesting.awaitStatus;
import static dev.dialer.workflows.call.CallWorkflowTesting.dial;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.recorded;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.start;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.dialer.workflows.SearchAttributes;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.InOrder;

class CallWorkflowDispositionTest {

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();

  @RegisterExtension
  final TestWorkflowExtension testWorkflow = CallWorkflowTesting.extension(telephony, records);

  @Test
  void givenAPersonTalksLongerThanThreeSeconds_itShouldEndCompleted(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("initiated", 0));
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(update("in-progress", 2));
    workflow.machineDetected(amd("human"));
    workflow.statusChanged(finalUpdate("completed", 3, 45, null));

    CallResult result = resultOf(workflow);

    CallResult expected =
        new CallResult(CALL_ID, SID, Disposition.COMPLETED, "completed", 45, "human", null);
    assertThat(result).isEqualTo(expected);
    assertThat(recorded(records))
        .isEqualTo(new CallCompletion(expected, CallCompletion.STATUS_CALLBACK));
    assertThat(workflow.state())
        .isEqualTo(new CallState(CALL_ID, SID, "completed", 3, "human", Disposition.COMPLETED));
    verify(telephony)
        .dial(
            argThat(
                dial ->
                    dial.withRecheck(null)
                        .equals(
                            new DialRequest(
                                CALL_ID,
                                CallWorkflowTesting.TO,
                                CallWorkflowTesting.FROM,
                                CallWorkflowTesting.request().customParameters()))));
    verify(telephony, never()).hangUp(any());
    verify(telephony, never()).fetchCall(any());
  }

  @Test
  void givenTheCalleeHangsUpWithinThreeSeconds_itShouldEndHungUp(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.statusChanged(finalUpdate("completed", 3, 2, "human"));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.HUNG_UP);
  }

  @Test
  void givenAmdReportsAMachineDuringTheCall_itShouldHangUpAndEndAnsweringMachine(
      CallWorkflow workflow) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.machineDetected(amd("machine_end_beep"));
    verify(telephony, timeout(5_000)).hangUp(new HangUpRequest(SID, "answering machine"));
    workflow.statusChanged(finalUpdate("completed", 3, 14, null));

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.ANSWERING_MACHINE);
    assertThat(result.answeredBy()).isEqualTo("machine_end_beep");
  }

  @Test
  void givenAmdReportsAMachineAfterTheFinalCallback_itShouldEndAnsweringMachineWithoutHangingUp(
      CallWorkflow workflow) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.statusChanged(finalUpdate("completed", 3, 20, null));
    awaitStatus(workflow, "completed");
    workflow.machineDetected(amd("fax"));

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.ANSWERING_MACHINE);
    assertThat(result.answeredBy()).isEqualTo("fax");
    verify(telephony, never()).hangUp(any());
  }

  @Test
  void givenNoAmdResultComes_itShouldWaitTheGraceAndEndCompleted(
      TestWorkflowEnvironment testEnv, CallWorkflow workflow) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(finalUpdate("completed", 3, 20, null));
    awaitStatus(workflow, "completed");

    testEnv.sleep(CallTimings.AMD_GRACE.minusSeconds(1));
    WorkflowExecutionStatus withinTheGrace =
        WorkflowStub.fromTyped(workflow).describe().getStatus();
    CallResult result = resultOf(workflow);

    assertThat(withinTheGrace).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(result.answeredBy()).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"no-answer, NO_ANSWER", "busy, BUSY", "failed, FAILED", "canceled, CANCELED"})
  void givenAnUnansweredFinalCallback_itShouldEndWithItsDisposition(
      String finalStatus, Disposition expected, CallWorkflow workflow) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(finalUpdate(finalStatus, 2, 0, null));

    CallResult result = resultOf(workflow);

    assertThat(result)
        .isEqualTo(new CallResult(CALL_ID, SID, expected, finalStatus, 0, null, null));
    assertThat(recorded(records).source()).isEqualTo(CallCompletion.STATUS_CALLBACK);
  }

  @Test
  void givenTwilioRejectsTheNumber_itShouldEndFailedWithTwilioCodeWithoutRetrying(
      CallWorkflow workflow) {
    when(telephony.dial(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "The 'To' number is not a valid phone number.",
                TelephonyActivities.DIAL_REJECTED,
                new DialRejection(21211, "The 'To' number is not a valid phone number.")));
    start(workflow);

    CallResult result = resultOf(workflow);

    CallResult expected =
        new CallResult(CALL_ID, null, Disposition.FAILED, null, null, null, 21211);
    assertThat(result).isEqualTo(expected);
    assertThat(recorded(records))
        .isEqualTo(new CallCompletion(expected, CallCompletion.DIAL_REJECTED));
    verify(telephony).dial(any());
  }

  @Test
  void givenTheDialKeepsFailing_itShouldEndFailedOnceItsRetriesAreSpent(CallWorkflow workflow) {
    when(telephony.dial(any())).thenThrow(new IllegalStateException("api.twilio.com unreachable"));
    start(workflow);

    CallResult result = resultOf(workflow);

    CallResult expected = new CallResult(CALL_ID, null, Disposition.FAILED, null, null, null, null);
    assertThat(result).isEqualTo(expected);
    assertThat(recorded(records))
        .isEqualTo(new CallCompletion(expected, CallCompletion.DIAL_FAILED));
    verify(telephony, atLeast(5)).dial(any());
  }

  @Test
  void givenAUserEndsARingingCall_itShouldHangUpAndEndCanceled(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("ringing", 1));
    workflow.end(new EndCallRequest("supervisor ended the call"));
    verify(telephony, timeout(5_000)).hangUp(new HangUpRequest(SID, "supervisor ended the call"));
    workflow.statusChanged(finalUpdate("canceled", 2, 0, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.CANCELED);
  }

  @Test
  void givenAUserEndsTheCallWhileTheDialIsSendingTheCreate_itShouldHangUpRightAfterTheDial(
      CallWorkflow workflow, TestWorkflowEnvironment environment) throws InterruptedException {
    // A dial past its mark no longer heartbeats: the cancel cannot stop it, and its call is hung
    // up once it returns. (An end before the dial starts means no dial at all.)
    CountDownLatch dialReturns = CallWorkflowTesting.holdDial(telephony);
    start(workflow);
    verify(telephony, timeout(5_000)).dial(any());
    workflow.end(new EndCallRequest(null));
    awaitCancelRequested(workflow, environment);
    dialReturns.countDown();
    verify(telephony, timeout(5_000)).hangUp(new HangUpRequest(SID, "ended by user"));
    workflow.statusChanged(finalUpdate("canceled", 1, 0, null));

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.CANCELED);
    InOrder dialThenHangUp = inOrder(telephony);
    dialThenHangUp.verify(telephony).dial(any());
    dialThenHangUp.verify(telephony).hangUp(any());
    verify(telephony, never()).fetchCall(any());
  }

  @Test
  void itShouldUpsertTheDispositionSearchAttribute(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(finalUpdate("busy", 2, 0, null));
    resultOf(workflow);

    assertThat(
            WorkflowStub.fromTyped(workflow)
                .describe()
                .getTypedSearchAttributes()
                .get(SearchAttributes.DISPOSITION))
        .isEqualTo("BUSY");
  }

  /** Waits until the workflow has asked to cancel its dial, so the dial returns after that. */
  private static void awaitCancelRequested(
      CallWorkflow workflow, TestWorkflowEnvironment environment) throws InterruptedException {
    String workflowId = WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (environment.getWorkflowClient().fetchHistory(workflowId).getEvents().stream()
        .noneMatch(
            event ->
                event.getEventType()
                    == io.temporal.api.enums.v1.EventType
                        .EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the workflow never asked to cancel its dial");
      }
      TimeUnit.MILLISECONDS.sleep(10);
    }
  }
}
