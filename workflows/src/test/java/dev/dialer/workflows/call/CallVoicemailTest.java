package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.CALL_ID;
import static dev.dialer.workflows.call.CallWorkflowTesting.FROM;
import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.TO;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/** The voicemail drop: a message after the beep, and only after the beep. */
class CallVoicemailTest {

  private static final String TEMPLATE = "Hi {{customerName}}, this is Acme. Call +14155550100.";
  private static final String MESSAGE = "Hi Ada, this is Acme. Call +14155550100.";

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final HandoffActivities handoffs =
      mock(HandoffActivities.class, withSettings().withoutAnnotations());

  @RegisterExtension
  final TestWorkflowExtension testWorkflow =
      CallWorkflowTesting.extension(
          new Object[] {
            telephony,
            records,
            CallWorkflowTesting.compliance(CallWorkflowTesting.allowed()),
            handoffs
          });

  @Test
  void givenAVoicemailMessage_whenTheMachineBeeps_itShouldLeaveTheMessageAndEndVoicemailLeft(
      CallWorkflow workflow) {
    answerByMachine(workflow, TEMPLATE, "machine_end_beep");

    verify(handoffs, timeout(10_000)).leaveVoicemail(new VoicemailDrop(CALL_ID, SID, MESSAGE));
    workflow.statusChanged(finalUpdate("completed", 3, 25, "machine_end_beep"));
    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.VOICEMAIL_LEFT);
    verify(telephony, never()).hangUp(any());
    ArgumentCaptor<DialRequest> dial = ArgumentCaptor.forClass(DialRequest.class);
    verify(telephony).dial(dial.capture());
    assertThat(dial.getValue().detectMessageEnd()).isTrue();
  }

  @Test
  void givenAVoicemailMessage_whenTheGreetingEndsWithoutABeep_itShouldHangUpAsAMachine(
      CallWorkflow workflow) {
    answerByMachine(workflow, TEMPLATE, "machine_end_other");

    verify(telephony, timeout(10_000)).hangUp(new HangUpRequest(SID, "answering machine"));
    workflow.statusChanged(finalUpdate("completed", 3, 25, "machine_end_other"));
    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.ANSWERING_MACHINE);
    verify(handoffs, never()).leaveVoicemail(any());
  }

  @Test
  void givenNoVoicemailMessage_whenTheMachineBeeps_itShouldHangUpAsBefore(CallWorkflow workflow) {
    answerByMachine(workflow, null, "machine_end_beep");

    verify(telephony, timeout(10_000)).hangUp(new HangUpRequest(SID, "answering machine"));
    workflow.statusChanged(finalUpdate("completed", 3, 25, "machine_end_beep"));
    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.ANSWERING_MACHINE);
    verify(handoffs, never()).leaveVoicemail(any());
    ArgumentCaptor<DialRequest> dial = ArgumentCaptor.forClass(DialRequest.class);
    verify(telephony).dial(dial.capture());
    assertThat(dial.getValue().detectMessageEnd()).isFalse();
  }

  private static void answerByMachine(CallWorkflow workflow, String template, String verdict) {
    WorkflowClient.start(
        workflow::run,
        new CallRequest(
            CALL_ID,
            TO,
            FROM,
            Map.of("customerName", "Ada"),
            null,
            null,
            null,
            null,
            null,
            new VoiceOptions(List.of(), template)));
    workflow.statusChanged(update("in-progress", 2));
    workflow.machineDetected(new AmdResult(SID, verdict, 2100));
  }
}
