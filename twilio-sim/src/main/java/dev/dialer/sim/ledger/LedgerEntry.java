package dev.dialer.sim.ledger;

import dev.dialer.sim.call.CallSnapshot;
import dev.dialer.sim.call.CallStatus;
import dev.dialer.sim.call.Outcome;
import dev.dialer.sim.call.PlayedVerb;
import dev.dialer.sim.callee.ConversationEntry;
import java.time.Instant;
import java.util.List;

/**
 * One accepted create request, with what became of the call so far; {@code conversation} is what
 * the callee heard and said over ConversationRelay (empty when there was none); {@code played} what
 * the call played, said and dialed outside it (a machine's greeting and beep, {@code <Say>}, the
 * {@code <Dial>} of a transfer).
 */
public record LedgerEntry(
    String sid,
    String to,
    String from,
    Instant createdAt,
    Outcome outcome,
    CallStatus status,
    String answeredBy,
    String twiml,
    List<ConversationEntry> conversation,
    List<PlayedVerb> played) {

  static LedgerEntry of(
      CallSnapshot call, List<ConversationEntry> conversation, List<PlayedVerb> played) {
    return new LedgerEntry(
        call.sid(),
        call.request().to(),
        call.request().from(),
        call.dateCreated(),
        call.outcome(),
        call.status(),
        call.answeredBy(),
        call.twiml(),
        conversation,
        played);
  }
}
