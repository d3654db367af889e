package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.dial;
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

import dev.dialer.workflows.conversation.DigitsRequest;
import dev.dialer.workflows.conversation.EndSessionRequest;
import dev.dialer.workflows.conversation.MediaActivities;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.MediaDelivery;
import dev.dialer.workflows.conversation.SayRequest;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A supervisor's text, key and end as Updates: done through the media host, or refused. */
class CallOverrideTest {

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final MediaActivities media = media();

  @RegisterExtension final TestWorkflowExtension testWorkflow = extension();

  @Test
  void givenALiveConversation_whenASupervisorSaysAndPresses_theMediaHostShouldDoBoth(
      Worker worker, CallWorkflow workflow) throws InterruptedException {
    converse(workflow, worker);

    OverrideResult said = workflow.override(new SupervisorOverride("text", "Hello there.", "k1"));
    OverrideResult pressed = workflow.override(new SupervisorOverride("dtmf", "#", "k1"));

    assertThat(said.status()).isEqualTo(OverrideResult.SUCCESS);
    assertThat(pressed.status()).isEqualTo(OverrideResult.SUCCESS);
    verify(media).say(new SayRequest(CallWorkflowTesting.CALL_ID, "Hello there."));
    verify(media).sendDigits(new DigitsRequest(CallWorkflowTesting.CALL_ID, "#"));
  }

  @Test
  void givenALiveConversation_whenASupervisorEndsIt_theSessionShouldEndWithTheSupervisorReason(
      Worker worker, CallWorkflow workflow) throws InterruptedException {
    converse(workflow, worker);

    workflow.override(new SupervisorOverride("end", null, "k1"));

    verify(media)
        .endSession(
            new EndSessionRequest(CallWorkflowTesting.CALL_ID, "{\"reason\":\"supervisor\"}"));
    verify(telephony, never()).hangUp(any());
  }

  @Test
  void givenACallWithoutAConversation_whenASupervisorEndsIt_itShouldBeHungUpThroughTwilio(
      CallWorkflow workflow) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));

    workflow.override(new SupervisorOverride("end", null, "k1"));

    verify(telephony, timeout(10_000)).hangUp(new HangUpRequest(SID, "ended by a supervisor"));
    verify(media, never()).endSession(any());
  }

  @Test
  void givenAKeyThatIsNotOne_whenPressed_itShouldBeRefusedAsAnInvalidDigit(
      Worker worker, CallWorkflow workflow) throws InterruptedException {
    converse(workflow, worker);

    assertRefused(workflow, new SupervisorOverride("dtmf", "w", "k1"), CallOverrides.INVALID_DIGIT);
    verify(media, never()).sendDigits(any());
  }

  @Test
  void givenNoConversation_whenASupervisorSpeaks_itShouldBeRefusedAsNotLive(CallWorkflow workflow)
      throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));

    assertRefused(
        workflow, new SupervisorOverride("text", "Hi.", "k1"), CallOverrides.CALL_NOT_LIVE);
    verify(media, never()).say(any());
  }

  @Test
  void givenACallThatEnded_whenASupervisorEndsIt_itShouldBeRefusedAsNotLive(
      Worker worker, CallWorkflow workflow) throws InterruptedException {
    converse(workflow, worker);
    workflow.statusChanged(finalUpdate("completed", 3, 20, null));
    resultOf(workflow);

    assertThatThrownBy(() -> workflow.override(new SupervisorOverride("end", null, "k1")))
        .isInstanceOf(RuntimeException.class);
    verify(media, never()).endSession(any());
  }

  private static void assertRefused(
      CallWorkflow workflow, SupervisorOverride override, String code) {
    assertThatThrownBy(() -> workflow.override(override))
        .isInstanceOf(WorkflowUpdateException.class)
        .satisfies(
            refusal ->
                assertThat(UpdateRefusal.codeAndMessage(refusal).orElseThrow()[0]).isEqualTo(code));
  }

  private static void converse(CallWorkflow workflow, Worker worker) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.mediaConnected(new MediaConnected(SID, "VX1", worker.getTaskQueue()));
    Awaitility.await("the call to go live")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> "in-progress".equals(workflow.state().status()));
  }

  private static MediaActivities media() {
    MediaActivities media = mock(MediaActivities.class, withSettings().withoutAnnotations());
    when(media.say(any())).thenReturn(new MediaDelivery(true, null));
    when(media.sendDigits(any())).thenReturn(new MediaDelivery(true, null));
    when(media.endSession(any())).thenReturn(new MediaDelivery(true, null));
    return media;
  }

  private TestWorkflowExtension extension() {
    return CallWorkflowTesting.extension(
        new Object[] {
          telephony, records, CallWorkflowTesting.compliance(CallWorkflowTesting.allowed()), media
        });
  }
}
