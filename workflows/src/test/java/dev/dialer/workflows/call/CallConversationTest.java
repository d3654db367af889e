package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.TO;
import static dev.dialer.workflows.call.CallWorkflowTesting.dial;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.OptOutRequest;
import dev.dialer.workflows.conversation.ConversationEnded;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.OptOutRequested;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the media worker's signals do to a call's result. */
class CallConversationTest {

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final ComplianceActivities compliance =
      CallWorkflowTesting.compliance(CallWorkflowTesting.allowed());

  @RegisterExtension
  final TestWorkflowExtension testWorkflow =
      CallWorkflowTesting.extension(telephony, records, compliance);

  @Test
  void givenTheCalleeOptsOut_whenTheCallEnds_itShouldBeOnTheDncAndEndOptedOut(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.mediaConnected(new MediaConnected(SID, "VX1", "media:host-a"));
    workflow.optOutRequested(new OptOutRequested(SID, OptOutRequested.VOICE, "Stop calling me."));
    workflow.conversationEnded(
        new ConversationEnded(SID, "completed", 4, "{\"reason\":\"opt_out\"}"));
    workflow.statusChanged(finalUpdate("completed", 3, 5, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.OPTED_OUT);
    verify(compliance)
        .recordOptOut(
            new OptOutRequest(TO, "call:" + CallWorkflowTesting.CALL_ID, "Stop calling me."));
  }

  @Test
  void givenAShortCallWithAConversation_whenItEnds_itShouldBeCompletedNotHungUp(
      CallWorkflow workflow) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.mediaConnected(new MediaConnected(SID, "VX1", "media:host-a"));
    workflow.statusChanged(finalUpdate("completed", 3, 1, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.COMPLETED);
    verify(compliance, never()).recordOptOut(any());
  }

  @Test
  void givenAShortCallWithoutAConversation_whenItEnds_itShouldStillBeHungUp(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.statusChanged(finalUpdate("completed", 3, 1, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.HUNG_UP);
  }
}
