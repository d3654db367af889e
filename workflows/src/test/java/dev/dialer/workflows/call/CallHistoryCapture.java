package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.CALL_ID;
import static dev.dialer.workflows.call.CallWorkflowTesting.FROM;
import static dev.dialer.workflows.call.CallWorkflowTesting.TO;
import static dev.dialer.workflows.call.CallWorkflowTesting.awaitStatus;
import static dev.dialer.workflows.call.CallWorkflowTesting.blocked;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.start;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.ComplianceContext;
import dev.dialer.workflows.compliance.DayHours;
import dev.dialer.workflows.compliance.Purpose;
import dev.dialer.workflows.replay.StoredHistories;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes the call histories that {@code StoredHistoriesReplayTest} replays. Runs only on request,
 * so that the stored files stay those of the commit that wrote them:
 *
 * <pre>
 * ./mvnw -o -pl workflows test -Dtest='CallHistoryCapture,CampaignHistoryCapture' \
 *     -Ddialer.captureHistories=true
 * </pre>
 */
@EnabledIfSystemProperty(named = StoredHistories.CAPTURE_PROPERTY, matches = "true")
class CallHistoryCapture {

  private static final String CAMPAIGN_ID = "spring-reminders";

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final ComplianceActivities compliance =
      mock(ComplianceActivities.class, withSettings().withoutAnnotations());

  @RegisterExtension
  final TestWorkflowExtension testWorkflow =
      CallWorkflowTesting.extension(telephony, records, compliance, CampaignInboxImpl.class);

  /** A campaign's call: checked with the campaign's rules, paced, answered, reported back. */
  @Test
  void captureACampaignCallAllowedByTheComplianceCheck(
      CallWorkflow workflow, TestWorkflowEnvironment env) {
    when(compliance.check(any())).thenReturn(CallWorkflowTesting.allowed());
    CampaignInbox campaign =
        env.getWorkflowClient()
            .newWorkflowStub(
                CampaignInbox.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(WorkflowIds.campaign(CAMPAIGN_ID))
                    .setTaskQueue(
                        WorkflowStub.fromTyped(workflow).getOptions().get().getTaskQueue())
                    .build());
    WorkflowClient.start(campaign::awaitEnd);
    WorkflowClient.start(workflow::run, campaignRequest());
    workflow.statusChanged(update("initiated", 0));
    workflow.statusChanged(update("ringing", 1));
    workflow.statusChanged(update("in-progress", 2));
    workflow.statusChanged(finalUpdate("completed", 3, 45, "human"));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(WorkflowStub.fromTyped(campaign).getResult(CallEnded.class).callId())
        .isEqualTo(CALL_ID);
    capture("call-compliance-allowed-campaign", workflow, env);
  }

  /** The callee's window is closed: deferred with the next allowed time, never dialed. */
  @Test
  void captureACallDeferredByTheComplianceCheck(
      CallWorkflow workflow, TestWorkflowEnvironment env) {
    when(compliance.check(any()))
        .thenReturn(
            blocked(
                Block.WINDOW,
                Instant.ofEpochMilli(env.currentTimeMillis()).plus(Duration.ofHours(9)),
                "FEDERAL_WINDOW"));
    start(workflow);

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.DEFERRED_WINDOW);
    verify(telephony, never()).dial(any());
    capture("call-compliance-deferred", workflow, env);
  }

  /** The dial failed for good, but a callback had named the call: it is adopted and followed. */
  @Test
  void captureACallAdoptedAfterAFailedDial(CallWorkflow workflow, TestWorkflowEnvironment env)
      throws InterruptedException {
    when(compliance.check(any())).thenReturn(CallWorkflowTesting.allowed());
    CountDownLatch heard = new CountDownLatch(1);
    when(telephony.dial(any()))
        .thenAnswer(
            invocation -> {
              if (!heard.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the capture never sent the callback");
              }
              throw ApplicationFailure.newNonRetryableFailure("response lost", "Timeout");
            });
    start(workflow);
    workflow.statusChanged(update("initiated", 0));
    heard.countDown();
    awaitStatus(workflow, "initiated");
    workflow.statusChanged(update("in-progress", 2));
    workflow.statusChanged(finalUpdate("completed", 3, 40, "human"));

    CallResult result = resultOf(workflow);
    assertThat(result.callSid()).isEqualTo(CallWorkflowTesting.SID);
    assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
    capture("call-adopted-after-failed-dial", workflow, env);
  }

  private static void capture(String name, CallWorkflow workflow, TestWorkflowEnvironment env) {
    String workflowId = WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId();
    StoredHistories.write(name, env.getWorkflowClient().fetchHistory(workflowId));
  }

  private static CallRequest campaignRequest() {
    return new CallRequest(
        CALL_ID,
        TO,
        FROM,
        Map.of("contactId", "42"),
        "Remind politely.",
        "Hi!",
        new ComplianceContext(
            CAMPAIGN_ID,
            Purpose.DEBT_COLLECTION,
            new CallingHours(
                Map.of(DayOfWeek.MONDAY, new DayHours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
            "America/Chicago",
            "60601",
            "IL",
            null,
            3),
        new CampaignCall(CAMPAIGN_ID, 42, 2.5));
  }
}
