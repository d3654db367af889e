package dev.dialer.api.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.activities.telephony.CallHandoff;
import dev.dialer.activities.telephony.CallHandoffs;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the call does once its ConversationRelay session is over: {@code <Dial>} the transfer target
 * when the session ended for a transfer the call's workflow stored, else hang up. The handoffData
 * alone never picks a number: it must name the target stored on the call.
 */
@Component
class ConnectActionTwiml {

  private static final Logger log = LoggerFactory.getLogger(ConnectActionTwiml.class);

  private final CallLedger ledger;
  private final CallHandoffs handoffs;
  private final ObjectMapper json;

  ConnectActionTwiml(CallLedger ledger, CallHandoffs handoffs, ObjectMapper json) {
    this.ledger = ledger;
    this.handoffs = handoffs;
    this.json = json;
  }

  String next(String callId, Map<String, String> params) {
    Optional<String> target = transferTarget(callId, params.get("HandoffData"));
    Optional<CallRecord> call = callId == null ? Optional.empty() : ledger.find(callId);
    if (target.isEmpty() || call.isEmpty()) {
      return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
    }
    log.info("callId={} transfers to {}", callId, target.get());
    return new VoiceResponse.Builder()
        .dial(
            new Dial.Builder()
                .callerId(call.get().from())
                .number(new Number.Builder(target.get()).build())
                .build())
        .build()
        .toXml();
  }

  private Optional<String> transferTarget(String callId, String handoffData) {
    if (callId == null || handoffData == null || !handoffData.contains("transfer")) {
      return Optional.empty();
    }
    JsonNode handoff;
    try {
      handoff = json.readTree(handoffData);
    } catch (Exception e) {
      return Optional.empty();
    }
    if (!"transfer".equals(handoff.path("reason").asText())) {
      return Optional.empty();
    }
    String asked = handoff.path("target").asText(null);
    Optional<String> stored = handoffs.find(callId).map(CallHandoff::transferTarget);
    if (asked == null || stored.isEmpty() || !asked.equals(stored.get())) {
      log.warn(
          "callId={}: handoff asks to transfer to {}, the call allows {}; hanging up",
          callId,
          asked,
          stored.orElse("none"));
      return Optional.empty();
    }
    return stored;
  }
}
