package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.awaitStatus;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.recorded;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.start;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowExtension;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A dial that fails for good after Twilio did place the call must not leave that call unowned. */
class CallWorkflowDialFailureTest {

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();

  @RegisterExtension
  final TestWorkflowExtension testWorkflow = CallWorkflowTesting.extension(telephony, records);

  @Test
  void givenCallbacksNamedTheCall_whenTheDialFailsForGood_itFollowsThatCallToItsEnd(
      CallWorkflow workflow) throws InterruptedException {
    CountDownLatch heard = new CountDownLatch(1);
    when(telephony.dial(any()))
        .thenAnswer(
            invocation -> {
              if (!heard.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never sent the callback");
              }
              throw ApplicationFailure.newNonRetryableFailure("response lost", "Timeout");
            });
    start(workflow);
    workflow.statusChanged(update("initiated", 0));
    heard.countDown();
    awaitStatus(workflow, "initiated");

    workflow.statusChanged(finalUpdate("completed", 3, 40, "human"));

    CallResult result = resultOf(workflow);
    assertThat(result.callSid()).isEqualTo(SID);
    assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(recorded(records).source()).isEqualTo(CallCompletion.STATUS_CALLBACK);
  }

  @Test
  void givenNoCallbackNamedACall_whenTheDialFailsForGood_itEndsFailed(CallWorkflow workflow) {
    when(telephony.dial(any()))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("response lost", "Timeout"));
    start(workflow);

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.FAILED);
    assertThat(recorded(records).source()).isEqualTo(CallCompletion.DIAL_FAILED);
  }
}
