package dev.dialer.sim.scenario;

import static dev.dialer.sim.TestCalls.FROM;
import static dev.dialer.sim.TestCalls.callStatuses;
import static dev.dialer.sim.TestCalls.dial;
import static dev.dialer.sim.TestCalls.putScenario;
import static dev.dialer.sim.TestCalls.sequenceNumbers;
import static dev.dialer.sim.TestCalls.statusCallbacks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.sim.CallbackRecorder;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.TestCalls;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scenarios under /sim/scenarios change what calls to one number do. */
class ScenarioTest {

  @RegisterExtension static final CallbackRecorder receiver = new CallbackRecorder();

  @Test
  void givenDroppedEvents_whenDialed_thoseCallbacksAreLostButTheirSequenceNumbersUsed() {
    String to = RunningSim.numberEndingIn(0);
    putScenario(to, "{\"dropEvents\": [\"ringing\", \"answered\"]}");

    String sid = dial(receiver, to);

    List<CallbackRecorder.Received> callbacks = statusCallbacks(receiver, sid, 2);
    assertThat(callStatuses(callbacks)).containsExactly("initiated", "completed");
    assertThat(sequenceNumbers(callbacks)).containsExactly("0", "3");
    assertThat(TestCalls.fetch(sid).json().get("status").asText()).isEqualTo("completed");
  }

  @Test
  void givenDuplicateCallbacks_whenDialed_everyCallbackArrivesTwiceWithTheSameSequenceNumber() {
    String to = RunningSim.numberEndingIn(7);
    putScenario(to, "{\"duplicateCallbacks\": true}");

    String sid = dial(receiver, to);

    List<CallbackRecorder.Received> callbacks = statusCallbacks(receiver, sid, 4);
    assertThat(callStatuses(callbacks)).containsExactly("initiated", "initiated", "busy", "busy");
    assertThat(sequenceNumbers(callbacks)).containsExactly("0", "0", "1", "1");
  }

  @Test
  void givenOutOfOrderDelivery_whenDialed_theFinalCallbackArrivesFirst() {
    String to = RunningSim.numberEndingIn(1);
    putScenario(to, "{\"deliverOutOfOrder\": true}");

    String sid = dial(receiver, to);

    List<CallbackRecorder.Received> callbacks = statusCallbacks(receiver, sid, 4);
    assertThat(callStatuses(callbacks))
        .containsExactly("completed", "initiated", "ringing", "in-progress");
    assertThat(sequenceNumbers(callbacks)).containsExactly("3", "0", "1", "2");
  }

  @Test
  void givenOutcomeOverride_whenDialed_itWinsOverTheLastDigit() {
    String to = RunningSim.numberEndingIn(0);
    putScenario(to, "{\"outcome\": \"NO_ANSWER\", \"ringMillis\": 50}");

    String sid = dial(receiver, to);

    assertThat(callStatuses(statusCallbacks(receiver, sid, 3))).endsWith("no-answer");
    assertThat(TestCalls.ledgerEntry(sid).get("outcome").asText()).isEqualTo("NO_ANSWER");
  }

  @Test
  void givenFailCreate_whenDialed_theCreateIsRefusedAndNoCallExists() {
    String to = RunningSim.numberEndingIn(3);
    putScenario(
        to,
        """
        {"failCreateWith": {"code": 21215, "status": 400,
          "message": "Account not authorized to call this number."}}""");

    RunningSim.Reply reply =
        RunningSim.get()
            .post(
                RunningSim.get().callsPath() + ".json",
                "To",
                to,
                "From",
                FROM,
                "Twiml",
                "<Response/>");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asInt()).isEqualTo(21215);
    assertThat(reply.json().get("message").asText())
        .isEqualTo("Account not authorized to call this number.");
    assertThat(ledgerNumbers()).doesNotContain(to);
  }

  @Test
  void givenScenarios_whenListedAndDeleted_theyAppearAndGo() {
    String to = RunningSim.numberEndingIn(2);
    putScenario(to, "{\"outcome\": \"BUSY\", \"dropEvents\": [\"initiated\"]}");

    String listed = scenarios().body();
    RunningSim.get().send(RunningSim.get().request("/sim/scenarios/" + to).DELETE());

    assertThat(listed).contains("\"" + to + "\":{\"outcome\":\"BUSY\"").contains("[\"initiated\"]");
    assertThat(scenarios().body()).doesNotContain(to);
  }

  @Test
  void givenInvalidScenario_whenPut_itIsRefused() {
    String to = RunningSim.numberEndingIn(2);

    assertThat(putScenario(to, "{\"outcome\": \"VOICEMAIL\"}").status()).isEqualTo(400);
    assertThat(putScenario(to, "{\"ringMillis\": -1}").status()).isEqualTo(400);
    assertThat(putScenario(to, "{\"dropEvents\": [\"hangup\"]}").status()).isEqualTo(400);
    assertThat(scenarios().body()).doesNotContain(to);
  }

  private static RunningSim.Reply scenarios() {
    return RunningSim.get().send(RunningSim.get().request("/sim/scenarios").GET());
  }

  private static List<String> ledgerNumbers() {
    RunningSim.Reply ledger = RunningSim.get().send(RunningSim.get().request("/sim/calls").GET());
    return ledger.json().findValuesAsText("to");
  }
}
