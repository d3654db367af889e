package dev.dialer.sim.call;

import static dev.dialer.sim.TestCalls.callStatuses;
import static dev.dialer.sim.TestCalls.dial;
import static dev.dialer.sim.TestCalls.fetch;
import static dev.dialer.sim.TestCalls.sequenceNumbers;
import static dev.dialer.sim.TestCalls.statusCallbacks;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.sim.CallbackRecorder;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.TestCalls;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each last digit of the called number plays its outcome, with real signed callbacks. */
class CallLifecycleTest {

  private static final List<String> ANSWERED =
      List.of("initiated", "ringing", "in-progress", "completed");
  private static final String RFC_2822 =
      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000";

  @RegisterExtension static final CallbackRecorder receiver = new CallbackRecorder();

  static Stream<Arguments> outcomes() {
    Stream<Arguments> humans =
        IntStream.rangeClosed(0, 4).mapToObj(d -> Arguments.of(d, ANSWERED, "human", "200"));
    return Stream.concat(
        humans,
        Stream.of(
            Arguments.of(5, ANSWERED, "machine_start", "200"),
            Arguments.of(6, List.of("initiated", "ringing", "no-answer"), null, "487"),
            Arguments.of(7, List.of("initiated", "busy"), null, "486"),
            Arguments.of(8, List.of("initiated", "failed"), null, "404"),
            Arguments.of(9, ANSWERED, "unknown", "200")));
  }

  @ParameterizedTest(name = "number ending in {0} -> {1}")
  @MethodSource("outcomes")
  void givenNumberEndingInDigit_whenDialed_itPlaysThatOutcomeWithSignedCallbacks(
      int digit, List<String> statuses, String answeredBy, String sipResponseCode) {
    String sid =
        dial(
            receiver,
            RunningSim.numberEndingIn(digit),
            "MachineDetection",
            "Enable",
            "AsyncAmd",
            "true",
            "AsyncAmdStatusCallback",
            receiver.url("/amd?callId=42"));

    List<CallbackRecorder.Received> callbacks = statusCallbacks(receiver, sid, statuses.size());

    assertThat(callStatuses(callbacks)).isEqualTo(statuses);
    assertThat(sequenceNumbers(callbacks))
        .isEqualTo(IntStream.range(0, statuses.size()).mapToObj(Integer::toString).toList());
    assertThat(callbacks).allMatch(r -> r.signedWith(RunningSim.AUTH_TOKEN), "signed");
    assertThat(callbacks)
        .allSatisfy(
            r -> {
              assertThat(r.method()).isEqualTo("POST");
              assertThat(r.url()).endsWith("/status?callId=42");
              assertThat(r.param("AccountSid")).isEqualTo(RunningSim.ACCOUNT_SID);
              assertThat(r.param("Direction")).isEqualTo("outbound-api");
              assertThat(r.param("ApiVersion")).isEqualTo("2010-04-01");
              assertThat(r.param("CallbackSource")).isEqualTo("call-progress-events");
              assertThat(r.param("Timestamp")).matches(RFC_2822);
            });
    CallbackRecorder.Received last = callbacks.get(callbacks.size() - 1);
    assertThat(last.param("SipResponseCode")).isEqualTo(sipResponseCode);
    assertThat(last.params()).containsKeys("CallDuration", "Duration");
    assertThat(callbacks.subList(0, callbacks.size() - 1))
        .noneMatch(r -> r.params().containsKey("CallDuration"));

    List<CallbackRecorder.Received> twimlRequests = receiver.forCall(sid, "/twiml");
    List<CallbackRecorder.Received> amdCallbacks = receiver.forCall(sid, "/amd");
    JsonNode call = fetch(sid).json();
    assertThat(call.get("status").asText()).isEqualTo(statuses.get(statuses.size() - 1));
    if (answeredBy == null) {
      assertThat(twimlRequests).isEmpty();
      assertThat(amdCallbacks).isEmpty();
      assertThat(last.param("CallDuration")).isEqualTo("0");
      assertThat(call.get("answered_by").isNull()).isTrue();
      return;
    }
    assertThat(twimlRequests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.param("CallStatus")).isEqualTo("in-progress");
              assertThat(r.params()).doesNotContainKey("AnsweredBy");
              assertThat(r.signedWith(RunningSim.AUTH_TOKEN)).isTrue();
            });
    assertThat(amdCallbacks)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.param("AnsweredBy")).isEqualTo(answeredBy);
              assertThat(r.params())
                  .containsOnlyKeys(
                      "CallSid", "AccountSid", "AnsweredBy", "MachineDetectionDuration");
              assertThat(r.signedWith(RunningSim.AUTH_TOKEN)).isTrue();
            });
    assertThat(call.get("answered_by").asText()).isEqualTo(answeredBy);
    int callDuration = Integer.parseInt(last.param("CallDuration"));
    if (digit == 9) {
      assertThat(callDuration).as("hangs up at once").isBetween(0, 1);
    } else {
      assertThat(callDuration).as("talks for 800 ms").isPositive();
    }
    assertThat(last.param("Duration")).isEqualTo("1");
    assertThat(call.get("duration").asText()).isEqualTo(last.param("CallDuration"));
    assertThat(TestCalls.ledgerEntry(sid).get("twiml").asText()).isEqualTo(CallbackRecorder.TWIML);
  }
}
