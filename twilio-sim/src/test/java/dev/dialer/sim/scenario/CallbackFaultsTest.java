package dev.dialer.sim.scenario;

import static dev.dialer.sim.TestCalls.awaitCallStatus;
import static dev.dialer.sim.TestCalls.callStatuses;
import static dev.dialer.sim.TestCalls.dial;
import static dev.dialer.sim.TestCalls.ledgerEntry;
import static dev.dialer.sim.TestCalls.sequenceNumbers;
import static dev.dialer.sim.TestCalls.statusCallbacks;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.sim.CallbackRecorder;
import dev.dialer.sim.RunningSim;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code /sim/faults}: callback faults drawn for every call under a number prefix. Isolated, since
 * the faults in force are one setting for the whole sim.
 */
@Isolated
@Execution(ExecutionMode.SAME_THREAD)
class CallbackFaultsTest {

  private static final String PREFIX = "+1907999";
  private static final AtomicInteger NUMBERS = new AtomicInteger();

  @RegisterExtension static final CallbackRecorder receiver = new CallbackRecorder();

  @AfterEach
  void clearFaults() {
    RunningSim.get().send(RunningSim.get().request("/sim/faults").DELETE());
  }

  @Test
  void givenDropAll_whenDialed_noCallbackIsSentAndTheLedgerSaysEachWasDropped() {
    putFaults("{\"drop\": 1.0, \"numberPrefix\": \"" + PREFIX + "\"}");
    String sid = dial(receiver, number(7));

    awaitCallStatus(sid, "busy");

    JsonNode callbacks = ledgerEntry(sid).get("callbacks");
    assertThat(callbacks.findValuesAsText("status")).containsExactly("initiated", "busy");
    assertThat(callbacks.findValuesAsText("fault")).containsOnly("DROP");
    assertThat(callbacks.findValuesAsText("sent")).containsOnly("0");
    assertThat(receiver.forCall(sid, "/status")).isEmpty();
  }

  @Test
  void givenDuplicateAll_whenDialed_everyCallbackArrivesTwiceAndTheLedgerCountsBoth() {
    putFaults("{\"duplicate\": 1.0, \"numberPrefix\": \"" + PREFIX + "\"}");
    String sid = dial(receiver, number(7));

    List<CallbackRecorder.Received> received = statusCallbacks(receiver, sid, 4);

    assertThat(callStatuses(received)).containsExactly("initiated", "initiated", "busy", "busy");
    JsonNode callbacks = awaitAcknowledged(sid, 2, 2);
    assertThat(callbacks.findValuesAsText("fault")).containsOnly("DUPLICATE");
    assertThat(callbacks.findValuesAsText("sent")).containsOnly("2");
  }

  @Test
  void givenReorderAll_whenDialed_theFinalCallbackOvertakesTheOthers() {
    putFaults("{\"reorder\": 1.0, \"numberPrefix\": \"" + PREFIX + "\"}");
    String sid = dial(receiver, number(6));

    List<CallbackRecorder.Received> received = statusCallbacks(receiver, sid, 3);

    assertThat(callStatuses(received)).containsExactly("no-answer", "initiated", "ringing");
    assertThat(sequenceNumbers(received)).containsExactly("2", "0", "1");
    assertThat(awaitAcknowledged(sid, 3, 1).findValuesAsText("fault"))
        .containsExactly("REORDER", "REORDER", "NONE");
  }

  @Test
  void givenEarlyAll_whenDialed_theFirstCallbackArrivedBeforeTheCreateResponse() {
    putFaults("{\"early\": 1.0, \"numberPrefix\": \"" + PREFIX + "\"}");

    String sid = dial(receiver, number(7));

    // No waiting: the create returned only after the receiver had answered the first callback.
    assertThat(callStatuses(receiver.forCall(sid, "/status"))).startsWith("initiated");
  }

  @Test
  void givenFaultsOutsideThePrefix_whenDialed_callbacksAreUntouched() {
    putFaults("{\"drop\": 1.0, \"numberPrefix\": \"" + PREFIX + "\"}");
    String sid = dial(receiver, RunningSim.numberEndingIn(7));

    assertThat(callStatuses(statusCallbacks(receiver, sid, 2)))
        .containsExactly("initiated", "busy");
    assertThat(ledgerEntry(sid).get("callId").asText()).isEqualTo("42");
  }

  @Test
  void givenOneSeed_whenDrawnTwice_theFaultsAreTheSameAndTheSharesAsAsked() {
    CallbackFaults faults = new CallbackFaults(11L, 0.2, 0.2, 0.1, 0.05, "");

    List<CallbackFault> first = draws(faults);
    List<CallbackFault> again = draws(faults);
    List<CallbackFault> otherSeed = draws(new CallbackFaults(12L, 0.2, 0.2, 0.1, 0.05, ""));

    assertThat(again).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
    assertThat(first.stream().filter(f -> f == CallbackFault.DROP).count()).isBetween(25L, 75L);
    assertThat(first.stream().filter(f -> f == CallbackFault.DUPLICATE).count())
        .isBetween(150L, 250L);
    assertThat(first.stream().filter(f -> f == CallbackFault.REORDER).count())
        .isBetween(150L, 250L);
  }

  /** 1,000 callbacks of 250 calls to 50 numbers, each call with a fresh random sid. */
  private static List<CallbackFault> draws(CallbackFaults faults) {
    FaultDice dice = new FaultDice();
    dice.set(faults);
    List<CallbackFault> result = new ArrayList<>();
    for (int call = 0; call < 250; call++) {
      String sid = "CA" + java.util.UUID.randomUUID();
      String to = "+1212555" + String.format("%04d", call % 50);
      dice.created(sid, to);
      for (int seq = 0; seq < 4; seq++) {
        result.add(dice.callback(sid, to, "status" + seq, seq));
      }
    }
    return result;
  }

  private static JsonNode awaitAcknowledged(String sid, int callbacks, int each) {
    JsonNode entry = ledgerEntry(sid).get("callbacks");
    for (int i = 0; i < 500 && !acknowledged(entry, callbacks, each); i++) {
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
      entry = ledgerEntry(sid).get("callbacks");
    }
    assertThat(acknowledged(entry, callbacks, each)).as(entry.toString()).isTrue();
    return entry;
  }

  private static boolean acknowledged(JsonNode callbacks, int count, int each) {
    return callbacks.size() == count
        && callbacks.findValuesAsText("acknowledged").stream()
            .allMatch(a -> Integer.parseInt(a) == each);
  }

  private static String number(int lastDigit) {
    return PREFIX + String.format("%03d", NUMBERS.getAndIncrement() % 1000) + lastDigit;
  }

  private static void putFaults(String json) {
    RunningSim.Reply reply =
        RunningSim.get()
            .send(
                RunningSim.get()
                    .request("/sim/faults")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }
}
