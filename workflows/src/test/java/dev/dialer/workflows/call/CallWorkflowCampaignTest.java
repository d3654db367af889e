package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.CALL_ID;
import static dev.dialer.workflows.call.CallWorkflowTesting.FROM;
import static dev.dialer.workflows.call.CallWorkflowTesting.TO;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.recorded;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceContext;
import dev.dialer.workflows.compliance.DayHours;
import dev.dialer.workflows.compliance.Purpose;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/** A call a campaign started: checked with what the campaign knows, paced, and reported back. */
class CallWorkflowCampaignTest {

  private static final String CAMPAIGN_ID = "spring-reminders";
  private static final long CONTACT_ID = 42;
  private static final ComplianceContext CONTEXT =
      new ComplianceContext(
          CAMPAIGN_ID,
          Purpose.DEBT_COLLECTION,
          new CallingHours(
              Map.of(DayOfWeek.MONDAY, new DayHours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
          "America/Chicago",
          "60601",
          "IL",
          null,
          3);

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final ComplianceActivities compliance =
      CallWorkflowTesting.compliance(CallWorkflowTesting.allowed());

  @RegisterExtension
  final TestWorkflowExtension testWorkflow =
      CallWorkflowTesting.extension(telephony, records, compliance, CampaignInboxImpl.class);

  @Test
  void givenACampaignCall_theCheckBeforeTheDialKnowsTheContactAndTheCampaignsRules(
      CallWorkflow workflow, TestWorkflowEnvironment env) {
    long before = CallWorkflowTesting.aheadOfTheWallClock(env);
    WorkflowClient.start(workflow::run, campaignRequest());
    workflow.statusChanged(finalUpdate("busy", 0, 0, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.BUSY);
    long after = env.currentTimeMillis();
    ArgumentCaptor<ComplianceCheckRequest> asked =
        ArgumentCaptor.forClass(ComplianceCheckRequest.class);
    verify(compliance).check(asked.capture());
    assertThat(asked.getValue().at().toEpochMilli()).isBetween(before, after);
    assertThat(asked.getValue()).isEqualTo(CONTEXT.at(TO, asked.getValue().at()));
  }

  @Test
  void givenACampaignCall_itsDialIsPacedWithTheCampaignsOtherDials(CallWorkflow workflow) {
    WorkflowClient.start(workflow::run, campaignRequest());
    workflow.statusChanged(finalUpdate("no-answer", 0, 0, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.NO_ANSWER);
    verify(telephony)
        .dial(
            argThat(
                dial ->
                    dial.withRecheck(null)
                        .equals(
                            new DialRequest(
                                CALL_ID,
                                TO,
                                FROM,
                                Map.of("contactId", "42"),
                                new DialPacing(CAMPAIGN_ID, 2.5)))));
  }

  @Test
  void givenACampaignCall_whenItEnds_itTellsTheCampaignAfterTheLedger(
      CallWorkflow workflow, TestWorkflowEnvironment env) {
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
    workflow.statusChanged(finalUpdate("completed", 3, 45, "human"));

    CallResult result = resultOf(workflow);

    assertThat(WorkflowStub.fromTyped(campaign).getResult(CallEnded.class))
        .isEqualTo(new CallEnded(CALL_ID, CONTACT_ID, result));
    assertThat(recorded(records).result()).isEqualTo(result);
  }

  @Test
  void givenTheCampaignHasClosed_theCallStillEndsWithItsResultInTheLedger(CallWorkflow workflow) {
    WorkflowClient.start(workflow::run, campaignRequest());
    workflow.statusChanged(finalUpdate("completed", 3, 45, "human"));

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
    assertThat(recorded(records).result()).isEqualTo(result);
  }

  private static CallRequest campaignRequest() {
    return new CallRequest(
        CALL_ID,
        TO,
        FROM,
        Map.of("contactId", "42"),
        "Remind politely.",
        "Hi!",
        CONTEXT,
        new CampaignCall(CAMPAIGN_ID, CONTACT_ID, 2.5));
  }
}
