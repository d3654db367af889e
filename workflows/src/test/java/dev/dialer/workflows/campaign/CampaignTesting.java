package dev.dialer.workflows.campaign;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallWorkflow;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A campaign on the time-skipping test server, with the hopper in memory and scripted calls. The
 * campaign and its calls run on {@link TaskQueues#DIALER}, as in production, so the worker is made
 * here rather than by the extension.
 */
final class CampaignTesting {

  static final String CAMPAIGN_ID = "spring-reminders";
  static final String NAME = "Spring reminders";
  static final String CALLER_ID = "+14155550100";

  private CampaignTesting() {}

  static TestWorkflowExtension extension() {
    TestWorkflowExtension.Builder builder = TestWorkflowExtension.newBuilder().setDoNotStart(true);
    SearchAttributes.ALL.forEach(
        key ->
            builder.registerSearchAttribute(
                key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
    return builder.build();
  }

  /** Starts the worker: the campaign, the scripted calls and the hopper. */
  static void startWorker(TestWorkflowEnvironment env, FakeHopper hopper, ScriptedCalls calls) {
    // A bug in workflow code fails the workflow, and so the test, at once.
    WorkflowImplementationOptions failFast =
        WorkflowImplementationOptions.newBuilder()
            .setFailWorkflowExceptionTypes(Throwable.class)
            .build();
    // The deadlock detector's 1 s fails a fail-fast workflow when a busy machine starves the
    // replay of a long history; that is no bug in workflow code.
    Worker worker =
        env.newWorker(
            TaskQueues.DIALER,
            WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(10_000).build());
    worker.registerWorkflowImplementationTypes(failFast, CampaignWorkflowImpl.class);
    worker.registerWorkflowImplementationFactory(
        CallWorkflow.class, () -> new ScriptedCallWorkflow(calls), failFast);
    worker.registerActivitiesImplementations(hopper.startingWith(env.getWorkflowClient()));
    env.start();
  }

  static CampaignSettings settings(Pacing pacing, RetryPolicy retry, Schedule schedule) {
    return new CampaignSettings(
        CampaignPurpose.APPOINTMENT_CONFIRMATION,
        CALLER_ID,
        new AgentScript("Confirm the appointment.", "Hi, this is the clinic.", null),
        schedule,
        pacing,
        retry,
        null);
  }

  static CampaignSettings settings(Pacing pacing) {
    return settings(pacing, RetryPolicy.none(), null);
  }

  static RetryPolicy retry(int maxAttempts, Map<String, Duration> delays) {
    return new RetryPolicy(maxAttempts, delays);
  }

  /** Starts the campaign's first run and returns that run. */
  /** Starts the worker, then the campaign; returns the client to watch it with. */
  static WorkflowClient startCampaign(
      TestWorkflowEnvironment env,
      FakeHopper hopper,
      ScriptedCalls calls,
      CampaignSettings settings) {
    startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    launch(client, settings);
    return client;
  }

  static WorkflowExecution launch(WorkflowClient client, CampaignSettings settings) {
    CampaignWorkflow campaign =
        client.newWorkflowStub(
            CampaignWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.DIALER)
                .setWorkflowId(WorkflowIds.campaign(CAMPAIGN_ID))
                .build());
    return WorkflowClient.start(campaign::run, new CampaignRun(CAMPAIGN_ID, NAME, settings, null));
  }

  /** The campaign's current run, whichever it is after continue-as-new. */
  static CampaignWorkflow campaign(WorkflowClient client) {
    return client.newWorkflowStub(CampaignWorkflow.class, WorkflowIds.campaign(CAMPAIGN_ID));
  }

  /** Waits for the campaign's outcome, following its runs; time skips meanwhile. */
  static CampaignOutcome outcome(WorkflowClient client) {
    return client
        .newUntypedWorkflowStub(WorkflowIds.campaign(CAMPAIGN_ID))
        .getResult(CampaignOutcome.class);
  }

  /** Polls the campaign's progress until {@code reached}, in real time. */
  static CampaignProgress awaitProgress(
      WorkflowClient client, Predicate<CampaignProgress> reached, String description)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    CampaignProgress progress = campaign(client).progress();
    while (!reached.test(progress)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the campaign never " + description + "; it is at " + progress);
      }
      Thread.sleep(20);
      progress = campaign(client).progress();
    }
    return progress;
  }

  static Instant now(TestWorkflowEnvironment env) {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  /** Every run of the campaign, the first one first, each with its own history. */
  static List<WorkflowExecutionHistory> runs(WorkflowClient client, WorkflowExecution first) {
    List<WorkflowExecutionHistory> runs = new ArrayList<>();
    String runId = first.getRunId();
    while (runId != null) {
      WorkflowExecutionHistory history = client.fetchHistory(first.getWorkflowId(), runId);
      runs.add(history);
      HistoryEvent last = history.getLastEvent();
      runId =
          last.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
              ? last.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId()
              : null;
    }
    return runs;
  }
}
