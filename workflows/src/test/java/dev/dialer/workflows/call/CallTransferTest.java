package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.CALL_ID;
import static dev.dialer.workflows.call.CallWorkflowTesting.FROM;
import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.TO;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import dev.dialer.workflows.conversation.CommandExecuted;
import dev.dialer.workflows.conversation.MediaActivities;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.MediaDelivery;
import dev.dialer.workflows.conversation.TransferRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transfers asked for by the agent or a supervisor: only to the call's allowed numbers. */
class CallTransferTest {

  private static final String ALLOWED = "+14155550199";
  private static final String OTHER = "+14155550142";

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final HandoffActivities handoffs =
      mock(HandoffActivities.class, withSettings().withoutAnnotations());
  private final MediaActivities media = media();

  @RegisterExtension
  final TestWorkflowExtension testWorkflow =
      CallWorkflowTesting.extension(
          new Object[] {
            telephony,
            records,
            CallWorkflowTesting.compliance(CallWorkflowTesting.allowed()),
            media,
            handoffs
          });

  @Test
  void givenAnAllowedNumber_whenTheAgentTransfers_theTargetShouldBeStoredAndTheCallEndTransferred(
      Worker worker, CallWorkflow workflow) throws InterruptedException {
    converse(workflow, worker, List.of(ALLOWED));

    workflow.commandExecuted(new CommandExecuted(SID, "transfer", ALLOWED));

    verify(media, timeout(10_000))
        .transfer(new TransferRequest(CALL_ID, ALLOWED, CallTransfers.TRANSFER_LINE, true));
    verify(handoffs).recordTransfer(new TransferRecord(CALL_ID, ALLOWED, TransferRecord.AGENT));
    workflow.statusChanged(finalUpdate("completed", 3, 40, null));
    CallResult result = resultOf(workflow);
    assertThat(result.disposition()).isEqualTo(Disposition.TRANSFERRED);
  }

  @Test
  void givenANumberNotAllowed_whenTheAgentTransfers_theAgentShouldSayItCannotAndTheCallGoOn(
      Worker worker, CallWorkflow workflow) throws InterruptedException {
    converse(workflow, worker, List.of(ALLOWED));

    workflow.commandExecuted(new CommandExecuted(SID, "transfer", OTHER));

    verify(media, timeout(10_000))
        .transfer(new TransferRequest(CALL_ID, OTHER, CallTransfers.REFUSAL_LINE, false));
    verify(handoffs, never()).recordTransfer(any());
    workflow.statusChanged(finalUpdate("completed", 3, 40, null));
    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.COMPLETED);
  }

  @Test
  void givenAnAllowedNumber_whenASupervisorTransfers_itShouldSucceedThroughTheMediaHost(
      Worker worker, CallWorkflow workflow) throws InterruptedException {
    converse(workflow, worker, List.of(ALLOWED));

    OverrideResult result =
        workflow.override(new SupervisorOverride(SupervisorOverride.TRANSFER, ALLOWED, "k1"));

    assertThat(result.status()).isEqualTo(OverrideResult.SUCCESS);
    verify(handoffs).recordTransfer(new TransferRecord(CALL_ID, ALLOWED, "k1"));
    verify(media)
        .transfer(new TransferRequest(CALL_ID, ALLOWED, CallTransfers.TRANSFER_LINE, true));
  }

  @Test
  void givenANumberNotAllowed_whenASupervisorTransfers_itShouldBeRefusedAsNotAllowed(
      Worker worker, CallWorkflow workflow) throws InterruptedException {
    converse(workflow, worker, List.of(ALLOWED));

    assertThatThrownBy(
            () ->
                workflow.override(new SupervisorOverride(SupervisorOverride.TRANSFER, OTHER, "k1")))
        .isInstanceOf(WorkflowUpdateException.class)
        .satisfies(
            refusal ->
                assertThat(UpdateRefusal.codeAndMessage(refusal).orElseThrow()[0])
                    .isEqualTo(CallTransfers.TRANSFER_NOT_ALLOWED));
    verify(handoffs, never()).recordTransfer(any());
    verify(media, never()).transfer(any());
  }

  @Test
  void givenNoConversation_whenASupervisorTransfers_itShouldBeRefusedAsNotLive(
      CallWorkflow workflow) throws InterruptedException {
    start(workflow, List.of(ALLOWED));
    workflow.statusChanged(update("in-progress", 2));
    awaitLive(workflow);

    assertThatThrownBy(
            () ->
                workflow.override(
                    new SupervisorOverride(SupervisorOverride.TRANSFER, ALLOWED, "k1")))
        .isInstanceOf(WorkflowUpdateException.class)
        .satisfies(
            refusal ->
                assertThat(UpdateRefusal.codeAndMessage(refusal).orElseThrow()[0])
                    .isEqualTo(CallOverrides.CALL_NOT_LIVE));
  }

  private static void start(CallWorkflow workflow, List<String> transferNumbers) {
    WorkflowClient.start(
        workflow::run,
        new CallRequest(
            CALL_ID,
            TO,
            FROM,
            Map.of(),
            null,
            null,
            null,
            null,
            null,
            new VoiceOptions(transferNumbers, null)));
  }

  private static void converse(CallWorkflow workflow, Worker worker, List<String> numbers)
      throws InterruptedException {
    start(workflow, numbers);
    workflow.statusChanged(update("in-progress", 2));
    workflow.mediaConnected(new MediaConnected(SID, "VX1", worker.getTaskQueue()));
    awaitLive(workflow);
  }

  private static void awaitLive(CallWorkflow workflow) throws InterruptedException {
    Awaitility.await("the call to go live")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> "in-progress".equals(workflow.state().status()));
  }

  private static MediaActivities media() {
    MediaActivities media = mock(MediaActivities.class, withSettings().withoutAnnotations());
    when(media.transfer(any())).thenReturn(new MediaDelivery(true, null));
    when(media.say(any())).thenReturn(new MediaDelivery(true, null));
    return media;
  }
}
