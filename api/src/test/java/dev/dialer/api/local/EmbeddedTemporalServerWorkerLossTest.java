package dev.dialer.api.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A worker that dies must not strand the workflows it had cached: the embedded server would keep
 * their next tasks on the dead worker's sticky queue for ever (see {@link NoStickyQueues}).
 */
class EmbeddedTemporalServerWorkerLossTest {

  private static final String TASK_QUEUE = "embedded-server-worker-loss";

  private EmbeddedTemporalServer server;
  private Worker first;
  private Worker second;

  @AfterEach
  void stop() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void givenAWorkflowCachedByAWorkerThatStops_whenSignalled_itShouldCompleteOnAnotherWorker()
      throws IOException, TimeoutException {
    server = EmbeddedTemporalServer.start(0);
    first = new Worker(server.target());
    WorkflowStub workflow =
        first
            .client()
            .newUntypedWorkflowStub(
                "AwaitGoWorkflow",
                WorkflowOptions.newBuilder()
                    .setTaskQueue(TASK_QUEUE)
                    .setWorkflowId("worker-loss-" + System.nanoTime())
                    .build());
    workflow.start();
    String workflowId = workflow.getExecution().getWorkflowId();
    // The first worker ran the workflow's first task, so the workflow is cached there.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> first.completedWorkflowTasks(workflowId) > 0);
    // What a SIGKILL leaves behind; the SDK's ShutdownWorker call is a no-op on this server.
    first.close();
    first = null;

    second = new Worker(server.target());
    WorkflowStub again = second.client().newUntypedWorkflowStub(workflowId);
    again.signal("go", "from the second worker");

    assertThat(again.getResult(30, TimeUnit.SECONDS, String.class))
        .isEqualTo("from the second worker");
  }

  /** One worker process: its own connection, client and factory (so its own sticky queue). */
  private static final class Worker implements AutoCloseable {
    private final WorkflowServiceStubs stubs;
    private final WorkerFactory factory;

    Worker(String target) {
      stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
      factory =
          WorkerFactory.newInstance(
              WorkflowClient.newInstance(
                  stubs,
                  WorkflowClientOptions.newBuilder()
                      .setNamespace(EmbeddedTemporalServer.NAMESPACE)
                      .build()));
      factory.newWorker(TASK_QUEUE).registerWorkflowImplementationTypes(AwaitGoWorkflowImpl.class);
      factory.start();
    }

    WorkflowClient client() {
      return factory.getWorkflowClient();
    }

    long completedWorkflowTasks(String workflowId) {
      return client().fetchHistory(workflowId).getHistory().getEventsList().stream()
          .filter(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)
          .count();
    }

    @Override
    public void close() {
      factory.shutdownNow();
      factory.awaitTermination(10, TimeUnit.SECONDS);
      stubs.shutdownNow();
    }
  }

  @WorkflowInterface
  public interface AwaitGoWorkflow {
    @WorkflowMethod
    String run();

    @SignalMethod
    void go(String from);
  }

  public static class AwaitGoWorkflowImpl implements AwaitGoWorkflow {
    private String from;

    @Override
    public String run() {
      Workflow.await(() -> from != null);
      return from;
    }

    @Override
    public void go(String from) {
      this.from = from;
    }
  }
}
