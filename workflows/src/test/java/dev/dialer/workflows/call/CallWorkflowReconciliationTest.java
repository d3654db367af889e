package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.CALL_ID;
import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.dial;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.recorded;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.snapshot;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When callbacks stop coming the workflow asks Twilio; when the call outlives its cap, it acts. */
class CallWorkflowReconciliationTest {

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();

  @RegisterExtension
  final TestWorkflowExtension testWorkflow = CallWorkflowTesting.extension(telephony, records);

  @Test
  void givenNoCallbackComes_itShouldEndWithWhatTwilioReportsAfterTheQuietInterval(
      TestWorkflowEnvironment testEnv, CallWorkflow workflow) throws InterruptedException {
    when(telephony.fetchCall(new FetchCallRequest(SID)))
        .thenReturn(snapshot("completed", 42, "human"));
    long startedAt = testEnv.currentTimeMillis();
    dial(workflow);

    CallResult result = resultOf(workflow);

    CallResult expected =
        new CallResult(CALL_ID, SID, Disposition.COMPLETED, "completed", 42, "human", null);
    assertThat(result).isEqualTo(expected);
    assertThat(recorded(records))
        .isEqualTo(new CallCompletion(expected, CallCompletion.RECONCILIATION));
    assertThat(testEnv.currentTimeMillis() - startedAt)
        .isGreaterThanOrEqualTo(CallTimings.RECONCILE_AFTER.toMillis());
    verify(telephony).fetchCall(new FetchCallRequest(SID));
  }

  @Test
  void givenAShorterQuietIntervalInTheRequest_itShouldAskTwilioAfterThatInterval(
      TestWorkflowEnvironment testEnv, CallWorkflow workflow) throws InterruptedException {
    Duration shorter = Duration.ofSeconds(10);
    // The workflow time at the moment Twilio is asked: read after the workflow ends, the test
    // server's clock may already have skipped ahead past anything this call did.
    AtomicLong askedAt = new AtomicLong();
    when(telephony.fetchCall(new FetchCallRequest(SID)))
        .thenAnswer(
            call -> {
              askedAt.set(testEnv.currentTimeMillis());
              return snapshot("completed", 42, "human");
            });
    long startedAt = testEnv.currentTimeMillis();
    WorkflowClient.start(workflow::run, CallWorkflowTesting.request().withReconcileAfter(shorter));
    CallWorkflowTesting.awaitState(workflow, state -> state.callSid() != null, "learned its sid");

    CallResult result = resultOf(workflow);

    assertThat(recorded(records).source()).isEqualTo(CallCompletion.RECONCILIATION);
    assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(askedAt.get() - startedAt)
        .as("workflow time until Twilio was asked")
        .isGreaterThanOrEqualTo(shorter.toMillis())
        .isLessThan(CallTimings.RECONCILE_AFTER.toMillis());
    verify(telephony).fetchCall(new FetchCallRequest(SID));
  }

  @Test
  void givenTwilioStillReportsTheCallLive_itShouldAskAgainAfterAnotherInterval(
      TestWorkflowEnvironment testEnv, CallWorkflow workflow) throws InterruptedException {
    when(telephony.fetchCall(new FetchCallRequest(SID)))
        .thenReturn(snapshot("in-progress", null, null))
        .thenReturn(snapshot("no-answer", 0, null));
    long startedAt = testEnv.currentTimeMillis();
    dial(workflow);

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.NO_ANSWER);
    assertThat(recorded(records).source()).isEqualTo(CallCompletion.RECONCILIATION);
    assertThat(testEnv.currentTimeMillis() - startedAt)
        .isGreaterThanOrEqualTo(CallTimings.RECONCILE_AFTER.multipliedBy(2).toMillis());
    verify(telephony, times(2)).fetchCall(new FetchCallRequest(SID));
  }

  @Test
  void givenCallbacksKeepComing_itShouldNotAskTwilio(
      TestWorkflowEnvironment testEnv, CallWorkflow workflow) throws InterruptedException {
    Duration lessThanTheQuietInterval = CallTimings.RECONCILE_AFTER.minusSeconds(30);
    dial(workflow);
    workflow.statusChanged(update("ringing", 1));
    testEnv.sleep(lessThanTheQuietInterval);
    workflow.statusChanged(update("in-progress", 2));
    testEnv.sleep(lessThanTheQuietInterval);
    workflow.statusChanged(finalUpdate("completed", 3, 180, "human"));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.COMPLETED);
    verify(telephony, never()).fetchCall(any());
  }

  @Test
  void givenTheCallOutlastsTheMaximumDuration_itShouldHangUpAndEndWithTwilioStatus(
      TestWorkflowEnvironment testEnv, CallWorkflow workflow) throws InterruptedException {
    AtomicBoolean hungUp = new AtomicBoolean();
    doAnswer(
            invocation -> {
              hungUp.set(true);
              return null;
            })
        .when(telephony)
        .hangUp(any());
    when(telephony.fetchCall(new FetchCallRequest(SID)))
        .thenAnswer(
            invocation ->
                hungUp.get()
                    ? snapshot("completed", 14_400, "human")
                    : snapshot("in-progress", null, "human"));
    long startedAt = testEnv.currentTimeMillis();
    dial(workflow);

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(testEnv.currentTimeMillis() - startedAt)
        .isGreaterThanOrEqualTo(CallTimings.MAX_CALL_DURATION.toMillis());
    verify(telephony).hangUp(new HangUpRequest(SID, "max call duration"));
    verify(telephony, atLeast(100)).fetchCall(new FetchCallRequest(SID));
  }
}
