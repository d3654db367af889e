package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.recorded;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCanceledException;
import io.temporal.testing.TestWorkflowExtension;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An end that arrives while the dial still waits (pacer, retries) means no dial at all. */
class CallWorkflowCancelBeforeDialTest {

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();

  @RegisterExtension
  final TestWorkflowExtension testWorkflow = CallWorkflowTesting.extension(telephony, records);

  @Test
  void givenAnEndWhileTheDialWaits_whenTheDialIsCanceled_itEndsCanceledAndNotDialed(
      CallWorkflow workflow) throws InterruptedException {
    CountDownLatch waiting = new CountDownLatch(1);
    AtomicBoolean canceled = new AtomicBoolean();
    // A dial waiting for its slot: it heartbeats, and stops when the heartbeat says canceled.
    when(telephony.dial(any()))
        .thenAnswer(
            invocation -> {
              ActivityExecutionContext context = Activity.getExecutionContext();
              waiting.countDown();
              long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
              while (System.nanoTime() < deadline) {
                try {
                  context.heartbeat(null);
                } catch (ActivityCanceledException e) {
                  canceled.set(true);
                  throw e;
                }
                Thread.sleep(50);
              }
              throw new IllegalStateException("the dial was never canceled");
            });
    start(workflow);
    assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

    workflow.end(new EndCallRequest("operator canceled the campaign"));

    CallResult result = resultOf(workflow);
    assertThat(result.disposition()).isEqualTo(Disposition.CANCELED);
    assertThat(result.finalStatus()).isEqualTo("not-dialed");
    assertThat(result.callSid()).isNull();
    assertThat(canceled).isTrue();
    assertThat(recorded(records).source()).isEqualTo(CallCompletion.CANCELED_BEFORE_DIAL);
    verify(telephony, never()).hangUp(any());
  }
}
