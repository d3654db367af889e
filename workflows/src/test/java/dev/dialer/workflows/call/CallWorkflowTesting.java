package dev.dialer.workflows.call;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Reason;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.WorkflowImplementationOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.mockito.ArgumentCaptor;

/** The call workflow on the time-skipping test server, with its activities mocked. */
final class CallWorkflowTesting {

  static final String CALL_ID = "call-1";
  static final String SID = "CA00000000000000000000000000000001";
  static final String OTHER_SID = "CA00000000000000000000000000000002";
  static final String TO = "+15551230001";
  static final String FROM = "+15559870001";

  private CallWorkflowTesting() {}

  static TestWorkflowExtension extension(
      TelephonyActivities telephony, CallRecordActivities records) {
    return extension(telephony, records, compliance(allowed()));
  }

  /**
   * @param otherWorkflows test workflows the calls talk to, such as {@link CampaignInboxImpl}
   */
  static TestWorkflowExtension extension(
      TelephonyActivities telephony,
      CallRecordActivities records,
      ComplianceActivities compliance,
      Class<?>... otherWorkflows) {
    return extension(new Object[] {telephony, records, compliance}, otherWorkflows);
  }

  /**
   * The call workflow (and {@code otherWorkflows}) on a test server with these activity
   * implementations and the dialer's search attributes registered.
   */
  static TestWorkflowExtension extension(Object[] activities, Class<?>... otherWorkflows) {
    Class<?>[] workflows = new Class<?>[otherWorkflows.length + 1];
    workflows[0] = CallWorkflowImpl.class;
    System.arraycopy(otherWorkflows, 0, workflows, 1, otherWorkflows.length);
    TestWorkflowExtension.Builder builder =
        TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(
                // A bug in workflow code fails the workflow, and so the test, at once instead of
                // retrying the workflow task until the test times out.
                WorkflowImplementationOptions.newBuilder()
                    .setFailWorkflowExceptionTypes(Throwable.class)
                    .build(),
                workflows)
            .setActivityImplementations(activities);
    SearchAttributes.ALL.forEach(
        key ->
            builder.registerSearchAttribute(
                key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
    return builder.build();
  }

  /** A compliance engine that answers every check with {@code decision}. */
  static ComplianceActivities compliance(ComplianceDecision decision) {
    ComplianceActivities compliance =
        mock(ComplianceActivities.class, withSettings().withoutAnnotations());
    when(compliance.check(any())).thenReturn(decision);
    return compliance;
  }

  static ComplianceDecision allowed() {
    return new ComplianceDecision(
        true,
        null,
        List.of(new Reason("FEDERAL_WINDOW", "08:00-21:00 local", false)),
        List.of("America/New_York"),
        Map.of("America/New_York", "12:00"),
        Instant.EPOCH,
        List.of());
  }

  static ComplianceDecision blocked(Block block, Instant nextAllowedAt, String rule) {
    return new ComplianceDecision(
        false,
        block,
        List.of(new Reason(rule, "blocked by " + rule, true)),
        List.of("America/New_York"),
        Map.of("America/New_York", "22:00"),
        nextAllowedAt,
        List.of());
  }

  /** A Twilio that places every call as {@link #SID} and reports nothing on its own. */
  static TelephonyActivities telephony() {
    TelephonyActivities telephony =
        mock(TelephonyActivities.class, withSettings().withoutAnnotations());
    when(telephony.dial(any())).thenReturn(new DialResult(SID, FROM, false));
    return telephony;
  }

  /** Makes the dial activity wait until the returned latch is released. */
  static CountDownLatch holdDial(TelephonyActivities telephony) {
    CountDownLatch release = new CountDownLatch(1);
    when(telephony.dial(any()))
        .thenAnswer(
            invocation -> {
              if (!release.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the dial");
              }
              return new DialResult(SID, FROM, false);
            });
    return release;
  }

  static CallRecordActivities records() {
    return mock(CallRecordActivities.class, withSettings().withoutAnnotations());
  }

  static CallRequest request() {
    return new CallRequest(
        CALL_ID, TO, FROM, Map.of("campaignId", "spring-reminders"), "Remind politely.", "Hi!");
  }

  static void start(CallWorkflow workflow) {
    WorkflowClient.start(workflow::run, request());
  }

  /**
   * Starts the call and waits until the workflow knows its call sid: the callbacks a test sends
   * next are then handled live rather than held for the dial and sorted.
   */
  static void dial(CallWorkflow workflow) throws InterruptedException {
    start(workflow);
    awaitState(workflow, state -> state.callSid() != null, "learned its call sid");
  }

  /** Waits until the workflow has handled the callbacks that brought the call to this status. */
  static void awaitStatus(CallWorkflow workflow, String status) throws InterruptedException {
    awaitState(workflow, state -> status.equals(state.status()), "reached " + status);
  }

  /**
   * Waits until the workflow has run a task after its {@code count}-th signal: the signals are then
   * in its state, whatever it did with them, rather than still on their way.
   */
  static void awaitSignalsHandled(TestWorkflowEnvironment env, CallWorkflow workflow, int count)
      throws InterruptedException {
    String workflowId = WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!signalsHandled(env.getWorkflowClient().fetchHistory(workflowId).getEvents(), count)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the workflow never handled " + count + " signals");
      }
      Thread.sleep(10);
    }
  }

  private static boolean signalsHandled(List<HistoryEvent> events, int count) {
    long signals = 0;
    long lastSignalId = Long.MAX_VALUE;
    long lastTaskCompletedId = -1;
    for (HistoryEvent event : events) {
      if (event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED) {
        signals++;
        lastSignalId = event.getEventId();
      } else if (event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) {
        lastTaskCompletedId = event.getEventId();
      }
    }
    return signals >= count && lastTaskCompletedId > lastSignalId;
  }

  static void awaitState(CallWorkflow workflow, Predicate<CallState> reached, String description)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!reached.test(workflow.state())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the workflow never " + description);
      }
      Thread.sleep(10);
    }
  }

  /**
   * Moves the test server's clock two days past the wall clock and returns its time: a workflow
   * that read the wall clock instead of {@code Workflow.currentTimeMillis} would then be days off,
   * where at the server's start both clocks agree to the millisecond.
   */
  static long aheadOfTheWallClock(TestWorkflowEnvironment env) {
    env.sleep(Duration.ofDays(2));
    long workflowTime = env.currentTimeMillis();
    if (workflowTime < System.currentTimeMillis() + Duration.ofDays(1).toMillis()) {
      throw new IllegalStateException("the test server's clock did not move ahead");
    }
    return workflowTime;
  }

  static CallResult resultOf(CallWorkflow workflow) {
    return WorkflowStub.fromTyped(workflow).getResult(CallResult.class);
  }

  static CallStatusUpdate update(String status, long sequenceNumber) {
    return update(SID, status, sequenceNumber);
  }

  static CallStatusUpdate update(String sid, String status, long sequenceNumber) {
    return new CallStatusUpdate(sid, status, sequenceNumber, null, null, null, Instant.EPOCH);
  }

  static CallStatusUpdate finalUpdate(
      String status, long sequenceNumber, int durationSeconds, String answeredBy) {
    return new CallStatusUpdate(
        SID, status, sequenceNumber, durationSeconds, answeredBy, null, Instant.EPOCH);
  }

  static AmdResult amd(String answeredBy) {
    return new AmdResult(SID, answeredBy, 2500);
  }

  static CallSnapshot snapshot(String status, Integer durationSeconds, String answeredBy) {
    return new CallSnapshot(SID, status, durationSeconds, answeredBy, Instant.EPOCH, null);
  }

  static CallCompletion recorded(CallRecordActivities records) {
    ArgumentCaptor<CallCompletion> completion = ArgumentCaptor.forClass(CallCompletion.class);
    verify(records).finish(completion.capture());
    return completion.getValue();
  }
}
