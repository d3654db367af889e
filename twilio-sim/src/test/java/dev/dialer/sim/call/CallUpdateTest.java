package dev.dialer.sim.call;

import static dev.dialer.sim.TestCalls.callStatuses;
import static dev.dialer.sim.TestCalls.dial;
import static dev.dialer.sim.TestCalls.putScenario;
import static dev.dialer.sim.TestCalls.statusCallbacks;
import static dev.dialer.sim.TestCalls.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.sim.CallbackRecorder;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.TestCalls;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ending and redirecting calls through POST …/Calls/{CallSid}.json. */
class CallUpdateTest {

  @RegisterExtension static final CallbackRecorder receiver = new CallbackRecorder();

  @Test
  void givenRingingCall_whenCanceled_itEndsCanceledWithTheFinalCallback() {
    String sid = dialRinging();

    RunningSim.Reply reply = update(sid, "Status", "canceled");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo("canceled");
    List<CallbackRecorder.Received> callbacks = statusCallbacks(receiver, sid, 3);
    assertThat(callStatuses(callbacks)).containsExactly("initiated", "ringing", "canceled");
    assertThat(callbacks.get(2).param("CallDuration")).isEqualTo("0");
    assertThat(callbacks.get(2).param("SipResponseCode")).isEqualTo("487");
    assertThat(receiver.forCall(sid, "/twiml")).isEmpty();
  }

  @Test
  void givenRingingCall_whenCompleted_itIsCanceledBecauseItWasNeverAnswered() {
    String sid = dialRinging();

    assertThat(update(sid, "Status", "completed").json().get("status").asText())
        .isEqualTo("canceled");
    assertThat(callStatuses(statusCallbacks(receiver, sid, 3))).endsWith("canceled");
  }

  @Test
  void givenCallInProgress_whenCompleted_itHangsUpWithCallDuration() {
    String sid = dialTalking();

    RunningSim.Reply reply = update(sid, "Status", "completed");

    assertThat(reply.json().get("status").asText()).isEqualTo("completed");
    assertThat(reply.json().get("end_time").isNull()).isFalse();
    // Whole seconds from answer to hang-up (0 unless the machine stalls), the same on both.
    String seconds = reply.json().get("duration").asText();
    List<CallbackRecorder.Received> callbacks = statusCallbacks(receiver, sid, 4);
    assertThat(callStatuses(callbacks)).endsWith("in-progress", "completed");
    assertThat(callbacks.get(3).params()).containsEntry("CallDuration", seconds);
    assertThat(callbacks.get(3).params()).containsEntry("Duration", "1");
  }

  @Test
  void givenCallInProgress_whenCanceled_itKeepsTalking() {
    String sid = dialTalking();

    assertThat(update(sid, "Status", "canceled").json().get("status").asText())
        .isEqualTo("in-progress");
    update(sid, "Status", "completed");
  }

  @Test
  void givenEndedCall_whenEndedAgain_itAnswersTheUnchangedCallAndSendsNothingMore() {
    String sid = dialRinging();
    update(sid, "Status", "canceled");
    statusCallbacks(receiver, sid, 3);

    RunningSim.Reply again = update(sid, "Status", "completed");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("status").asText()).isEqualTo("canceled");
    assertThat(receiver.forCall(sid, "/status")).hasSize(3);
  }

  @Test
  void givenEndedCall_whenRedirected_itAnswers21220() {
    String sid = dialRinging();
    update(sid, "Status", "canceled");

    RunningSim.Reply reply = update(sid, "Twiml", "<Response><Say>late</Say></Response>");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asInt()).isEqualTo(21220);
    assertThat(reply.json().get("message").asText())
        .isEqualTo("Call is not in-progress. Cannot redirect.");
  }

  @Test
  void givenCallInProgress_whenRedirectedToUrl_itFetchesTheNewTwimlSigned() {
    String sid = dialTalking();

    update(sid, "Url", receiver.url("/twiml?step=2"));

    List<CallbackRecorder.Received> fetches =
        receiver.await(
            r -> r.url().contains("step=2") && sid.equals(r.param("CallSid")), 1, TestCalls.WAIT);
    assertThat(fetches.get(0).signedWith(RunningSim.AUTH_TOKEN)).isTrue();
    assertThat(fetches.get(0).param("CallStatus")).isEqualTo("in-progress");
    update(sid, "Status", "completed");
  }

  @Test
  void givenCallInProgress_whenGivenTwimlWithHangup_itEndsCompleted() {
    String sid = dialTalking();
    String goodbye = "<Response><Say>Goodbye</Say><Hangup/></Response>";

    update(sid, "Twiml", goodbye);

    assertThat(callStatuses(statusCallbacks(receiver, sid, 4))).endsWith("completed");
    assertThat(TestCalls.ledgerEntry(sid).get("twiml").asText()).isEqualTo(goodbye);
  }

  @Test
  void givenUnknownStatus_whenUpdating_itRefusesTheValue() {
    String sid = dialRinging();

    RunningSim.Reply reply = update(sid, "Status", "busy");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("canceled or completed");
    update(sid, "Status", "canceled");
  }

  /** A human who lets it ring for a minute; returns once the ringing callback is in. */
  private static String dialRinging() {
    String to = RunningSim.numberEndingIn(0);
    putScenario(to, "{\"ringMillis\": 60000}");
    String sid = dial(receiver, to);
    statusCallbacks(receiver, sid, 2);
    return sid;
  }

  /** A human who talks for a minute; returns once the in-progress callback is in. */
  private static String dialTalking() {
    String to = RunningSim.numberEndingIn(0);
    putScenario(to, "{\"talkMillis\": 60000}");
    String sid = dial(receiver, to);
    statusCallbacks(receiver, sid, 3);
    return sid;
  }
}
