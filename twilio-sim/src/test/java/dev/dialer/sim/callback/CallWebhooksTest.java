package dev.dialer.sim.callback;

import static dev.dialer.sim.TestCalls.FROM;
import static dev.dialer.sim.TestCalls.WAIT;
import static dev.dialer.sim.TestCalls.callStatuses;
import static dev.dialer.sim.TestCalls.create;
import static dev.dialer.sim.TestCalls.fetch;
import static dev.dialer.sim.TestCalls.statusCallbacks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.sim.CallbackRecorder;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.TestCalls;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which webhooks a call sends, how, and what happens when the receiver misbehaves. */
class CallWebhooksTest {

  @RegisterExtension static final CallbackRecorder receiver = new CallbackRecorder();

  @Test
  void givenNoStatusCallbackEvent_whenCallEnds_itSendsOnlyTheCompletedCallback() {
    String sid =
        create(
            "To", RunningSim.numberEndingIn(1),
            "From", FROM,
            "Url", receiver.url("/twiml"),
            "StatusCallback", receiver.url("/status"));

    awaitFinal(sid);

    List<CallbackRecorder.Received> callbacks = receiver.forCall(sid, "/status");
    assertThat(callStatuses(callbacks)).containsExactly("completed");
    assertThat(callbacks.get(0).param("SequenceNumber")).isEqualTo("0");
  }

  @Test
  void givenGetMethodAndOnlyAnswered_whenAnswered_itSendsThatEventOnTheQueryStringSigned() {
    String sid =
        create(
            "To",
            RunningSim.numberEndingIn(2),
            "From",
            FROM,
            "Url",
            receiver.url("/twiml"),
            "StatusCallback",
            receiver.url("/status?callId=7"),
            "StatusCallbackMethod",
            "GET",
            "StatusCallbackEvent",
            "answered");

    TestCalls.awaitCallStatus(sid, "completed");

    assertThat(receiver.forCall(sid, "/status"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.method()).isEqualTo("GET");
              assertThat(r.param("CallStatus")).isEqualTo("in-progress");
              assertThat(r.param("callId")).isEqualTo("7");
              assertThat(r.url()).contains("?callId=7&CallSid=" + sid);
              assertThat(r.signedWith(RunningSim.AUTH_TOKEN)).isTrue();
            });
  }

  @Test
  void givenSynchronousDetectMessageEnd_whenMachineAnswers_theTwimlRequestCarriesTheVerdict() {
    String sid =
        TestCalls.dial(
            receiver,
            RunningSim.numberEndingIn(5),
            "MachineDetection",
            "DetectMessageEnd",
            "AsyncAmdStatusCallback",
            receiver.url("/amd"));

    List<CallbackRecorder.Received> twiml =
        receiver.await(r -> r.path().equals("/twiml") && sid.equals(r.param("CallSid")), 1, WAIT);

    assertThat(twiml.get(0).param("AnsweredBy")).isEqualTo("machine_end_beep");
    assertThat(twiml.get(0).param("MachineDetectionDuration")).isEqualTo("100");
    assertThat(twiml.get(0).signedWith(RunningSim.AUTH_TOKEN)).isTrue();
    assertThat(fetch(sid).json().get("answered_by").asText()).isEqualTo("machine_end_beep");
    awaitFinal(sid);
    assertThat(receiver.forCall(sid, "/amd")).as("async AMD was not asked for").isEmpty();
  }

  @Test
  void givenInlineTwiml_whenAnswered_itUsesItWithoutFetching() {
    String twiml = "<Response><Say>inline</Say></Response>";
    String sid =
        create(
            "To",
            RunningSim.numberEndingIn(3),
            "From",
            FROM,
            "Twiml",
            twiml,
            "StatusCallback",
            receiver.url("/status"));

    awaitFinal(sid);

    assertThat(receiver.forCall(sid, "/twiml")).isEmpty();
    assertThat(TestCalls.ledgerEntry(sid).get("twiml").asText()).isEqualTo(twiml);
    assertThat(fetch(sid).json().get("answered_by").isNull()).isTrue();
  }

  @Test
  void givenStatusCallbackAnswers500_whenDialed_theCallCarriesOnWithoutRetries() {
    String sid =
        create(
            "To",
            RunningSim.numberEndingIn(4),
            "From",
            FROM,
            "Url",
            receiver.url("/twiml"),
            "StatusCallback",
            receiver.url("/broken"),
            "StatusCallbackEvent",
            "initiated",
            "StatusCallbackEvent",
            "ringing",
            "StatusCallbackEvent",
            "answered",
            "StatusCallbackEvent",
            "completed");

    List<CallbackRecorder.Received> attempts =
        receiver.await(r -> r.path().equals("/broken") && sid.equals(r.param("CallSid")), 4, WAIT);

    assertThat(callStatuses(attempts))
        .containsExactly("initiated", "ringing", "in-progress", "completed");
    assertThat(fetch(sid).json().get("status").asText()).isEqualTo("completed");
  }

  @Test
  void givenTwimlUrlFails_whenAnswered_theCallHangsUpAsAfterAnApplicationError() {
    String to = RunningSim.numberEndingIn(0);
    TestCalls.putScenario(to, "{\"talkMillis\": 60000}");
    String sid =
        create(
            "To",
            to,
            "From",
            FROM,
            "Url",
            receiver.url("/broken"),
            "StatusCallback",
            receiver.url("/status"),
            "StatusCallbackEvent",
            "answered",
            "StatusCallbackEvent",
            "completed");

    List<CallbackRecorder.Received> callbacks = statusCallbacks(receiver, sid, 2);

    assertThat(callStatuses(callbacks)).containsExactly("in-progress", "completed");
    // Whole seconds from answer to hang-up, as the call resource says: not a wall-clock guess.
    assertThat(callbacks.get(1).param("CallDuration"))
        .isEqualTo(fetch(sid).json().get("duration").asText());
  }

  private static void awaitFinal(String sid) {
    receiver.await(
        r -> sid.equals(r.param("CallSid")) && "completed".equals(r.param("CallStatus")), 1, WAIT);
  }
}
