package dev.dialer.sim.call;

import static dev.dialer.sim.TestCalls.putScenario;
import static dev.dialer.sim.TestCalls.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.sim.CallbackRecorder;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.TestCalls;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code <Pause>} and {@code <Redirect>}, run in document order as Twilio runs them. */
class PauseRedirectTest {

  @RegisterExtension static final CallbackRecorder receiver = new CallbackRecorder();

  @Test
  void givenPauseThenRelativeRedirect_whenAnswered_itShouldWaitThenFetchTheRedirectSigned() {
    receiver.answer(
        "/hold", "<Response><Pause length=\"1\"/><Redirect>next?step=2</Redirect></Response>");
    receiver.answer("/next", "<Response><Say>After the pause</Say></Response>");
    String sid = dialTalking("/hold?callId=7");

    List<CallbackRecorder.Received> next =
        receiver.await(
            r -> r.path().equals("/next") && sid.equals(r.param("CallSid")), 1, TestCalls.WAIT);

    CallbackRecorder.Received fetch = next.get(0);
    assertThat(fetch.method()).isEqualTo("POST");
    assertThat(fetch.url()).isEqualTo(receiver.url("/next?step=2"));
    assertThat(fetch.signedWith(RunningSim.AUTH_TOKEN)).isTrue();
    assertThat(fetch.param("CallStatus")).isEqualTo("in-progress");
    assertThat(fetch.param("To")).isNotBlank();
    assertThat(awaitPlayed(sid, "say: After the pause"))
        .containsExactly(
            "pause: 1", "redirect: " + receiver.url("/next?step=2"), "say: After the pause");
    update(sid, "Status", "completed");
  }

  @Test
  void givenRedirectWithMethodGet_whenAnswered_itShouldFetchItWithGet() {
    receiver.answer("/hold-get", "<Response><Redirect method=\"GET\">/got</Redirect></Response>");
    String sid = dialTalking("/hold-get");

    List<CallbackRecorder.Received> got =
        receiver.await(
            r -> r.path().equals("/got") && sid.equals(r.param("CallSid")), 1, TestCalls.WAIT);

    assertThat(got.get(0).method()).isEqualTo("GET");
    assertThat(got.get(0).signedWith(RunningSim.AUTH_TOKEN)).isTrue();
    update(sid, "Status", "completed");
  }

  @Test
  void givenACallPausing_whenUpdatedWithNewTwiml_itShouldNotFollowThePendingRedirect() {
    receiver.answer(
        "/pausing", "<Response><Pause length=\"1\"/><Redirect>/superseded</Redirect></Response>");
    String sid = dialTalking("/pausing");
    awaitPlayed(sid, "pause: 1");

    // The update's own pause is as long: its Say comes after the old pause's end.
    update(sid, "Twiml", "<Response><Pause length=\"1\"/><Say>Updated</Say></Response>");

    List<String> played = awaitPlayed(sid, "say: Updated");
    assertThat(played).containsExactly("pause: 1", "pause: 1", "say: Updated");
    assertThat(receiver.received(r -> r.path().equals("/superseded"))).isEmpty();
    update(sid, "Status", "completed");
  }

  @Test
  void givenACallPausing_whenHungUp_itShouldNotFollowThePendingRedirect() {
    receiver.answer(
        "/hung-up",
        "<Response><Pause length=\"1\"/><Redirect>/after-hang-up</Redirect></Response>");
    receiver.answer("/gate", "<Response><Pause length=\"1\"/><Say>Gate</Say></Response>");
    String sid = dialTalking("/hung-up");
    awaitPlayed(sid, "pause: 1");

    update(sid, "Status", "completed");
    // A call paused after the hang-up ends its pause later: by then the first call's pause is over.
    String gate = dialTalking("/gate");
    awaitPlayed(gate, "say: Gate");

    assertThat(played(sid)).containsExactly("pause: 1");
    assertThat(receiver.received(r -> r.path().equals("/after-hang-up"))).isEmpty();
    update(gate, "Status", "completed");
  }

  /** A human who talks for a minute, answered with the TwiML at {@code pathAndQuery}. */
  private static String dialTalking(String pathAndQuery) {
    String to = RunningSim.numberEndingIn(0);
    putScenario(to, "{\"talkMillis\": 60000}");
    return TestCalls.create("To", to, "From", TestCalls.FROM, "Url", receiver.url(pathAndQuery));
  }

  private static List<String> awaitPlayed(String sid, String line) {
    return Awaitility.await("'" + line + "' on " + sid)
        .atMost(TestCalls.WAIT)
        .until(() -> played(sid), lines -> lines.contains(line));
  }

  private static List<String> played(String sid) {
    List<String> lines = new ArrayList<>();
    for (JsonNode verb : TestCalls.ledgerEntry(sid).path("played")) {
      String detail =
          verb.has("durationSeconds")
              ? verb.path("durationSeconds").asText()
              : verb.path("text").asText("");
      lines.add(verb.path("verb").asText() + ": " + detail);
    }
    return lines;
  }
}
