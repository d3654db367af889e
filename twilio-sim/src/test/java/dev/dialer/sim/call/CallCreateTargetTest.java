package dev.dialer.sim.call;

import static dev.dialer.sim.TestCalls.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.sim.RunningSim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Twilio needs one of Url, Twiml or ApplicationSid in a create; any one of them is enough. */
class CallCreateTargetTest {

  private static RunningSim sim;

  @BeforeAll
  static void start() {
    sim = RunningSim.get();
  }

  @Test
  void givenOnlyAnApplicationSid_whenCreating_itQueuesTheCall() {
    RunningSim.Reply reply =
        sim.post(
            sim.callsPath() + ".json",
            "To",
            RunningSim.numberEndingIn(0),
            "From",
            FROM,
            "ApplicationSid",
            "AP" + "0".repeat(32));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("status").asText()).isEqualTo("queued");
  }

  @Test
  void givenOnlyTwiml_whenCreating_itQueuesTheCall() {
    RunningSim.Reply reply =
        sim.post(
            sim.callsPath() + ".json",
            "To",
            RunningSim.numberEndingIn(1),
            "From",
            FROM,
            "Twiml",
            "<Response/>");

    assertThat(reply.status()).isEqualTo(201);
  }
}
