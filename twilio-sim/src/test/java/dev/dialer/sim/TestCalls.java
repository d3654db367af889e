package dev.dialer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Creating calls against the running sim with a recorder as every webhook target. */
public final class TestCalls {

  public static final Duration WAIT = Duration.ofSeconds(10);
  public static final String FROM = "+14155550000";

  private TestCalls() {}

  /** To, From, Url and a StatusCallback with all four events, plus {@code extra} form fields. */
  public static String dial(CallbackRecorder receiver, String to, String... extra) {
    List<String> form =
        new ArrayList<>(
            List.of(
                "To",
                to,
                "From",
                FROM,
                "Url",
                receiver.url("/twiml?callId=42"),
                "StatusCallback",
                receiver.url("/status?callId=42"),
                "StatusCallbackEvent",
                "initiated",
                "StatusCallbackEvent",
                "ringing",
                "StatusCallbackEvent",
                "answered",
                "StatusCallbackEvent",
                "completed"));
    form.addAll(Arrays.asList(extra));
    return create(form.toArray(String[]::new));
  }

  /** Posts a create request and returns the new sid. */
  public static String create(String... form) {
    RunningSim.Reply reply = RunningSim.get().post(RunningSim.get().callsPath() + ".json", form);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("sid").asText();
  }

  /** Status callbacks received for the call, waiting until at least {@code count} arrived. */
  public static List<CallbackRecorder.Received> statusCallbacks(
      CallbackRecorder receiver, String sid, int count) {
    return receiver.await(
        r -> r.path().equals("/status") && sid.equals(r.param("CallSid")), count, WAIT);
  }

  public static List<String> callStatuses(List<CallbackRecorder.Received> callbacks) {
    return callbacks.stream().map(r -> r.param("CallStatus")).toList();
  }

  public static List<String> sequenceNumbers(List<CallbackRecorder.Received> callbacks) {
    return callbacks.stream().map(r -> r.param("SequenceNumber")).toList();
  }

  public static RunningSim.Reply fetch(String sid) {
    return RunningSim.get().get(RunningSim.get().callsPath() + "/" + sid + ".json");
  }

  public static RunningSim.Reply update(String sid, String... form) {
    return RunningSim.get().post(RunningSim.get().callsPath() + "/" + sid + ".json", form);
  }

  /** Installs a scenario for calls to {@code to}; {@code json} is the request body. */
  public static RunningSim.Reply putScenario(String to, String json) {
    return RunningSim.get()
        .send(
            RunningSim.get()
                .request("/sim/scenarios/" + to)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Polls the REST resource until the call has {@code status}. */
  public static JsonNode awaitCallStatus(String sid, String status) {
    Instant deadline = Instant.now().plus(WAIT);
    JsonNode call = fetch(sid).json();
    while (!call.get("status").asText().equals(status) && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
      call = fetch(sid).json();
    }
    assertThat(call.get("status").asText()).as(call.toString()).isEqualTo(status);
    return call;
  }

  /** The ledger entry of one call. */
  public static JsonNode ledgerEntry(String sid) {
    RunningSim.Reply reply = RunningSim.get().send(RunningSim.get().request("/sim/calls").GET());
    for (JsonNode entry : reply.json()) {
      if (entry.get("sid").asText().equals(sid)) {
        return entry;
      }
    }
    throw new AssertionError(sid + " is not in the ledger: " + reply.body());
  }
}
