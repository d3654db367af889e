package dev.dialer.activities.campaign;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallTimings;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/**
 * Call workflows that stay up on Temporal's test server, under the ids a campaign's calls have, for
 * what the hopper asks Temporal about its calls.
 */
final class LiveCalls implements AutoCloseable {

  private static final String TASK_QUEUE = "live-calls";

  private final TestWorkflowEnvironment temporal = TestWorkflowEnvironment.newInstance();

  LiveCalls() {
    temporal.newWorker(TASK_QUEUE).registerWorkflowImplementationTypes(LiveCallImpl.class);
    temporal.start();
  }

  CallExecutions executions() {
    return new CallExecutions(temporal.getWorkflowClient());
  }

  CallStarter starter() {
    return new CallStarter(temporal.getWorkflowClient(), CallTimings.RECONCILE_AFTER);
  }

  /** Starts a call's workflow that runs until it is terminated. */
  WorkflowStub start(String callId) {
    WorkflowStub call =
        temporal
            .getWorkflowClient()
            .newUntypedWorkflowStub(
                "LiveCall",
                WorkflowOptions.newBuilder()
                    .setWorkflowId(WorkflowIds.call(callId))
                    .setTaskQueue(TASK_QUEUE)
                    .build());
    call.start();
    return call;
  }

  @Override
  public void close() {
    temporal.close();
  }

  @WorkflowInterface
  public interface LiveCall {
    @WorkflowMethod(name = "LiveCall")
    void run();
  }

  public static class LiveCallImpl implements LiveCall {
    @Override
    public void run() {
      Workflow.sleep(Duration.ofDays(1));
    }
  }
}
