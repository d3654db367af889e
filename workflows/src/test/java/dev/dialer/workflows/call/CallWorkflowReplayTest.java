package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.amd;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.snapshot;
import static dev.dialer.workflows.call.CallWorkflowTesting.start;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Histories recorded by the workflow must replay on the current code: a change that would break
 * running calls fails here instead of on the workers. A change that is meant to alter the commands
 * of running calls needs {@code Workflow.getVersion}; the stored history then stays as it is and a
 * newly captured one is added next to it.
 */
class CallWorkflowReplayTest {

  /**
   * Captured from {@link #runRichCall}: callbacks before the dial returned, a reconciliation that
   * found the call live, an AMD hang-up, the final callback, the search attribute and the ledger.
   */
  private static final String STORED_HISTORY = "histories/call-answering-machine.json";

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();

  @RegisterExtension
  final TestWorkflowExtension testWorkflow = CallWorkflowTesting.extension(telephony, records);

  @Test
  void givenAFinishedCall_whenItsHistoryIsReplayed_itShouldMatchTheCode(
      TestWorkflowEnvironment testEnv, CallWorkflow workflow) throws Exception {
    runRichCall(testEnv, workflow);
    String workflowId = WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId();

    WorkflowExecutionHistory history = testEnv.getWorkflowClient().fetchHistory(workflowId);

    WorkflowReplayer.replayWorkflowExecution(history, CallWorkflowImpl.class);
  }

  @Test
  void givenTheStoredHistory_whenReplayed_itShouldMatchTheCode() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(STORED_HISTORY, CallWorkflowImpl.class);
  }

  private void runRichCall(TestWorkflowEnvironment testEnv, CallWorkflow workflow) {
    CountDownLatch dialReturns = CallWorkflowTesting.holdDial(telephony);
    when(telephony.fetchCall(any())).thenReturn(snapshot("in-progress", null, null));
    start(workflow);
    workflow.statusChanged(update("initiated", 0));
    dialReturns.countDown();
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(update("in-progress", 2));
    testEnv.sleep(CallTimings.RECONCILE_AFTER.plus(Duration.ofSeconds(30)));
    workflow.machineDetected(amd("machine_end_beep"));
    verify(telephony, timeout(5_000)).hangUp(new HangUpRequest(SID, "answering machine"));
    workflow.statusChanged(finalUpdate("completed", 3, 160, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.ANSWERING_MACHINE);
    verify(telephony).fetchCall(any());
  }
}
