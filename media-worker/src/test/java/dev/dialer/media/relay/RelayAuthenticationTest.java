package dev.dialer.media.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.media.CountingModel;
import dev.dialer.media.RelayClient;
import dev.dialer.media.RunningMediaWorker;
import dev.dialer.workflows.relay.RelayToken;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A relay connection must prove it is our call before the model hears a word of it. */
class RelayAuthenticationTest {

  private static final byte[] SECRET = RunningMediaWorker.SECRET.getBytes(StandardCharsets.UTF_8);
  private static final CountingModel model = new CountingModel();
  private static RunningMediaWorker worker;

  @BeforeAll
  static void start() {
    worker = new RunningMediaWorker(model);
  }

  @AfterAll
  static void stop() {
    worker.close();
  }

  @Test
  void givenAValidToken_whenSetupArrives_itShouldGreetTheCallee() throws Exception {
    Call call = newCall();
    RelayClient relay = new RelayClient(worker.relayUrl());

    relay.send(RelayClient.setup(call.sid, call.id, token(call.id, call.sid, inMinutes(5))));

    relay.awaitAgentTurns(1);
    assertThat(relay.agentTurns().get(0)).startsWith("Hello Ana.").contains("$40.00");
  }

  @Test
  void givenAForgedToken_whenSetupArrives_itShouldCloseWithPolicyViolationAndNoModelCall()
      throws Exception {
    Call call = newCall();
    byte[] otherSecret = "not-our-secret".getBytes(StandardCharsets.UTF_8);

    assertRefused(call, RelayToken.issue(otherSecret, call.id, call.sid, inMinutes(5)));
  }

  @Test
  void givenAnExpiredToken_whenSetupArrives_itShouldCloseWithoutAModelCall() throws Exception {
    Call call = newCall();

    assertRefused(call, token(call.id, call.sid, Instant.now().minusSeconds(1)));
  }

  @Test
  void givenAnotherCallsToken_whenSetupArrives_itShouldCloseWithoutAModelCall() throws Exception {
    Call call = newCall();
    Call other = newCall();

    assertRefused(call, token(other.id, other.sid, inMinutes(5)));
  }

  @Test
  void givenACallSidTheLedgerDoesNotHold_whenSetupArrives_itShouldCloseWithoutAModelCall()
      throws Exception {
    Call call = newCall();
    String strangerSid = sid();
    RelayClient relay = new RelayClient(worker.relayUrl());
    int before = model.requests.size();

    relay.send(RelayClient.setup(strangerSid, call.id, token(call.id, strangerSid, inMinutes(5))));

    assertThat(relay.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
    assertThat(model.requests).hasSize(before);
  }

  private void assertRefused(Call call, String token) throws Exception {
    RelayClient relay = new RelayClient(worker.relayUrl());
    int before = model.requests.size();

    relay.send(RelayClient.setup(call.sid, call.id, token));

    assertThat(relay.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
    assertThat(model.requests).hasSize(before);
    assertThat(relay.agentTurns()).isEmpty();
  }

  private record Call(String id, String sid) {}

  private static Call newCall() {
    Call call = new Call("auth-" + UUID.randomUUID(), sid());
    worker.ledgerRow(call.id, call.sid, "+16465550101");
    return call;
  }

  private static String sid() {
    return "CA" + UUID.randomUUID().toString().replace("-", "");
  }

  private static String token(String callId, String callSid, Instant expiry) {
    return RelayToken.issue(SECRET, callId, callSid, expiry);
  }

  private static Instant inMinutes(int minutes) {
    return Instant.now().plusSeconds(60L * minutes);
  }
}
