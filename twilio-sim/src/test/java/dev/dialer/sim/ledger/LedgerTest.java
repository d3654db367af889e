package dev.dialer.sim.ledger;

import static dev.dialer.sim.TestCalls.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.TestCalls;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** GET /sim/calls lists accepted creates in order; DELETE forgets them. */
@Isolated
class LedgerTest {

  @Test
  void givenCreates_whenReadingTheLedger_itListsAcceptedCallsInArrivalOrder() {
    RunningSim sim = RunningSim.get();
    sim.send(sim.request("/sim/calls").DELETE());
    String human = RunningSim.numberEndingIn(0);
    String busy = RunningSim.numberEndingIn(7);
    String first = TestCalls.create("To", human, "From", FROM, "Twiml", "<Response/>");
    sim.post(sim.callsPath() + ".json", "To", "12345", "From", FROM, "Twiml", "<Response/>");
    String second = TestCalls.create("To", busy, "From", FROM, "Twiml", "<Response/>");

    JsonNode ledger = sim.send(sim.request("/sim/calls").GET()).json();

    assertThat(ledger.findValuesAsText("sid")).containsExactly(first, second);
    JsonNode entry = ledger.get(0);
    assertThat(entry.get("to").asText()).isEqualTo(human);
    assertThat(entry.get("from").asText()).isEqualTo(FROM);
    assertThat(entry.get("outcome").asText()).isEqualTo("HUMAN");
    assertThat(Instant.parse(entry.get("createdAt").asText())).isBefore(Instant.now());
    assertThat(entry.get("twiml").asText()).isEqualTo("<Response/>");
    assertThat(ledger.get(1).get("outcome").asText()).isEqualTo("BUSY");
    assertThat(TestCalls.awaitCallStatus(second, "busy")).isNotNull();
    assertThat(TestCalls.ledgerEntry(second).get("status").asText()).isEqualTo("busy");

    sim.send(sim.request("/sim/calls").DELETE());

    assertThat(sim.send(sim.request("/sim/calls").GET()).json()).isEmpty();
    assertThat(TestCalls.fetch(first).status()).as("calls stay fetchable").isEqualTo(200);
  }
}
