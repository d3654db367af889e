package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.call.CallRecord;
import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.call.DialRequest;
import dev.dialer.workflows.campaign.Pacing;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dial activity waits for its pacing slot before it marks the dial and calls Twilio. How long
 * the waits take on a machine is {@link DialPacerBenchmark}'s to measure.
 */
class PacedDialTest {

  private static PacedDialFixture db;

  @BeforeAll
  static void start() throws IOException {
    db = new PacedDialFixture();
  }

  @AfterAll
  static void stop() throws IOException {
    db.close();
  }

  @Test
  void aPacedDialIsMarkedAndSentOnlyOnceItsSlotHasCome() {
    DialPacing pacing = new DialPacing("campaign:paced", 2);
    Instant taken = db.pacer.reserve(pacing).at();
    Instant slot = taken.plus(Pacing.intervalMicros(2), ChronoUnit.MICROS);
    String callId = UUID.randomUUID().toString();

    db.telephony.dial(new DialRequest(callId, "+12125550100", null, Map.of(), pacing));

    CallRecord atCreate =
        db.rowsAtCreate.stream().filter(r -> r.callId().equals(callId)).findFirst().orElseThrow();
    assertThat(atCreate.dialStartedAt()).isAfterOrEqualTo(slot);
    assertThat(db.ledger.find(callId).orElseThrow().callSid()).startsWith("CA");
  }

  @Test
  void anUnpacedDialTakesNoSlotAndDoesNotQueueBehindABusyKey() {
    DialPacing busy = new DialPacing("campaign:busy", 1);
    db.pacer.reserve(busy);
    db.pacer.reserve(busy);
    long pacerRows = db.rows("dial_pacer");
    long sends = db.rows("dial_send");
    String callId = UUID.randomUUID().toString();

    db.telephony.dial(new DialRequest(callId, "+12125550101", null, Map.of()));

    assertThat(db.ledger.find(callId).orElseThrow().callSid()).startsWith("CA");
    assertThat(db.rows("dial_pacer")).as("pacing keys").isEqualTo(pacerRows);
    assertThat(db.rows("dial_send")).as("paced sends").isEqualTo(sends);
  }
}
