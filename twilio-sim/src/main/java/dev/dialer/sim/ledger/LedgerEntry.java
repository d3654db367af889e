package dev.dialer.sim.ledger;

import dev.dialer.sim.call.CallSnapshot;
import dev.dialer.sim.call.CallStatus;
import dev.dialer.sim.call.Outcome;
import dev.dialer.sim.callee.ConversationEntry;
import java.time.Instant;
import java.util.List;

/**
 * One accepted create request, with what became of the call so far; {@code conversation} is what
 * the callee heard and said over ConversationRelay (empty when there was none); {@code url} is the
 * voice URL the create request gave (which instance of the caller Twilio would call back).
 */
public record LedgerEntry(
    String sid,
    String to,
    String from,
    String url,
    Instant createdAt,
    Outcome outcome,
    CallStatus status,
    String answeredBy,
    String twiml,
    List<ConversationEntry> conversation) {

  static LedgerEntry of(CallSnapshot call, List<ConversationEntry> conversation) {
    return new LedgerEntry(
        call.sid(),
        call.request().to(),
        call.request().from(),
        call.request().url(),
        call.dateCreated(),
        call.outcome(),
        call.status(),
        call.answeredBy(),
        call.twiml(),
        conversation);
  }
}
