package dev.dialer.sim.ledger;

import dev.dialer.sim.call.CallSnapshot;
import dev.dialer.sim.call.CallStatus;
import dev.dialer.sim.call.Outcome;
import java.time.Instant;

/** One accepted create request, with what became of the call so far. */
public record LedgerEntry(
    String sid,
    String to,
    String from,
    Instant createdAt,
    Outcome outcome,
    CallStatus status,
    String answeredBy,
    String twiml) {

  static LedgerEntry of(CallSnapshot call) {
    return new LedgerEntry(
        call.sid(),
        call.request().to(),
        call.request().from(),
        call.dateCreated(),
        call.outcome(),
        call.status(),
        call.answeredBy(),
        call.twiml());
  }
}
