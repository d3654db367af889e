package dev.dialer.sim.ledger;

import dev.dialer.sim.call.CallSnapshot;
import dev.dialer.sim.call.CallStatus;
import dev.dialer.sim.call.Outcome;
import dev.dialer.sim.call.PlayedVerb;
import dev.dialer.sim.callback.CallbackRecord;
import dev.dialer.sim.callee.ConversationEntry;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One accepted create request, with what became of the call so far; {@code conversation} is what
 * the callee heard and said over ConversationRelay (empty when there was none); {@code url} is the
 * voice URL the create request gave (which instance of the caller Twilio would call back). {@code
 * callId} is the {@code callId} query parameter of the request's StatusCallback, the attempt the
 * dialer says the call belongs to (null when it says none); {@code callbacks} are its status
 * callbacks with the fate of each; {@code played} what the call played, said and dialed outside it
 * (a machine's greeting and beep, {@code <Say>}, the {@code <Dial>} of a transfer).
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
    List<ConversationEntry> conversation,
    String callId,
    Integer durationSeconds,
    List<CallbackRecord> callbacks,
    List<PlayedVerb> played) {

  static LedgerEntry of(
      CallSnapshot call,
      List<ConversationEntry> conversation,
      List<CallbackRecord> callbacks,
      List<PlayedVerb> played) {
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
        conversation,
        callId(call.request().statusCallback()),
        call.durationSeconds(),
        callbacks,
        played);
  }

  private static String callId(String statusCallback) {
    if (statusCallback == null) {
      return null;
    }
    String query = URI.create(statusCallback).getRawQuery();
    if (query == null) {
      return null;
    }
    return Arrays.stream(query.split("&"))
        .filter(pair -> pair.startsWith("callId="))
        .map(pair -> URLDecoder.decode(pair.substring("callId=".length()), StandardCharsets.UTF_8))
        .findFirst()
        .orElse(null);
  }
}
