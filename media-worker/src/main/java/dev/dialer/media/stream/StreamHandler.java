package dev.dialer.media.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.media.MediaProperties;
import dev.dialer.media.context.CallContext;
import dev.dialer.media.context.CallContextStore;
import dev.dialer.workflows.relay.RelayToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Twilio's one-way Media Stream of a call a supervisor listens to: {@code connected}, {@code start}
 * (whose customParameters carry the callId and its relay token, checked like the relay's against
 * the ledger's CallSid), {@code media} frames relayed as they are to that call's listeners, and
 * {@code stop}. A stream whose start does not verify is closed before any frame is relayed.
 */
@Component
class StreamHandler extends TextWebSocketHandler {

  private static final Logger log = LoggerFactory.getLogger(StreamHandler.class);
  private static final String CALL_ID = "streamCallId";

  private final ObjectMapper json;
  private final ListenHub hub;
  private final CallContextStore contexts;
  private final byte[] secret;
  private final Clock clock;

  StreamHandler(
      ObjectMapper json,
      ListenHub hub,
      CallContextStore contexts,
      MediaProperties properties,
      Clock clock) {
    this.json = json;
    this.hub = hub;
    this.contexts = contexts;
    this.secret = properties.relaySecret().getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message)
      throws IOException {
    JsonNode frame = json.readTree(message.getPayload());
    String callId = (String) session.getAttributes().get(CALL_ID);
    switch (frame.path("event").asText()) {
      case "start" -> start(session, frame.path("start"));
      case "media" -> {
        if (callId != null) {
          hub.publish(callId, message);
        }
      }
      case "stop" -> {
        if (callId != null) {
          hub.stopped(callId, message);
        }
        session.close(CloseStatus.NORMAL);
      }
      default -> log.debug("stream event {} ignored", frame.path("event").asText());
    }
  }

  private void start(WebSocketSession session, JsonNode start) throws IOException {
    String callId = start.path("customParameters").path("callId").asText(null);
    String callSid = start.path("callSid").asText(null);
    RelayToken.Verdict verdict =
        secret.length == 0
            ? RelayToken.Verdict.MALFORMED
            : RelayToken.verify(
                secret,
                start.path("customParameters").path("token").asText(null),
                callId,
                callSid,
                clock.instant());
    boolean ours =
        verdict == RelayToken.Verdict.VALID
            && contexts.find(callId).map(CallContext::callSid).filter(callSid::equals).isPresent();
    if (!ours) {
      log.warn("stream for callId={} CallSid={} refused: token {}", callId, callSid, verdict);
      session.close(CloseStatus.POLICY_VIOLATION);
      return;
    }
    session.getAttributes().put(CALL_ID, callId);
    log.info("callId={} stream {} started", callId, start.path("streamSid").asText());
  }
}
