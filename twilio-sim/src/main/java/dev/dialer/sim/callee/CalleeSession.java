package dev.dialer.sim.callee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callee's end of one ConversationRelay socket: sends {@code setup}, listens to the agent's
 * tokens until {@code last: true}, then answers as its persona; honours {@code sendDigits} and
 * {@code end}; records everything in {@link #conversation()}.
 */
final class CalleeSession implements WebSocket.Listener {

  private static final Logger log = LoggerFactory.getLogger(CalleeSession.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String callSid;
  private final Persona persona;
  private final ObjectNode setup;
  private final Runnable onEnd;
  private final List<ConversationEntry> conversation = new CopyOnWriteArrayList<>();
  private final StringBuilder frame = new StringBuilder();
  private final StringBuilder heard = new StringBuilder();
  private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
  private WebSocket socket;
  private int agentTurns;
  private int tokensThisTurn;
  private boolean interrupted;
  private String handoffData;
  private boolean ended;

  CalleeSession(String callSid, Persona persona, ObjectNode setup, Runnable onEnd) {
    this.callSid = callSid;
    this.persona = persona;
    this.setup = setup;
    this.onEnd = onEnd;
  }

  List<ConversationEntry> conversation() {
    return List.copyOf(conversation);
  }

  synchronized boolean isEnded() {
    return ended;
  }

  synchronized String handoffData() {
    return handoffData;
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    synchronized (this) {
      socket = webSocket;
    }
    send(setup);
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    frame.append(data);
    if (last) {
      String message = frame.toString();
      frame.setLength(0);
      try {
        handle(JSON.readTree(message));
      } catch (Exception e) {
        log.warn("{} unreadable relay message: {}", callSid, e.toString());
      }
    }
    webSocket.request(1);
    return null;
  }

  private synchronized void handle(JsonNode message) {
    switch (message.path("type").asText()) {
      case "text" -> token(message.path("token").asText(""), message.path("last").asBoolean());
      case "sendDigits" ->
          conversation.add(
              ConversationEntry.pressed(ConversationEntry.AGENT, message.path("digits").asText()));
      case "end" -> {
        handoffData = message.path("handoffData").asText(null);
        conversation.add(ConversationEntry.event(ConversationEntry.AGENT, "end", handoffData));
        hangUp();
      }
      default -> log.debug("{} ignored {}", callSid, message);
    }
  }

  private void token(String token, boolean last) {
    if (!interrupted) {
      heard.append(token);
      tokensThisTurn++;
      if (persona == Persona.INTERRUPTER
          && agentTurns == 0
          && tokensThisTurn == PersonaScript.INTERRUPT_AFTER_TOKENS
          && !last) {
        speakOver();
        return;
      }
    }
    if (!last) {
      return;
    }
    boolean wasInterrupted = interrupted;
    if (!wasInterrupted) {
      conversation.add(ConversationEntry.said(ConversationEntry.AGENT, heard.toString()));
    }
    agentTurns++;
    String turnHeard = heard.toString();
    heard.setLength(0);
    tokensThisTurn = 0;
    interrupted = false;
    if (!wasInterrupted) {
      move(PersonaScript.after(persona, agentTurns, turnHeard));
    }
  }

  /** Speaks over the agent: Twilio reports what was heard, then the callee's words. */
  private void speakOver() {
    interrupted = true;
    String utterance = heard.toString();
    conversation.add(ConversationEntry.said(ConversationEntry.AGENT, utterance));
    conversation.add(ConversationEntry.event(ConversationEntry.CALLEE, "interrupt", null));
    ObjectNode interrupt =
        JSON.createObjectNode()
            .put("type", "interrupt")
            .put("utteranceUntilInterrupt", utterance)
            .put("durationUntilInterruptMs", 460);
    send(interrupt);
    move(PersonaScript.after(persona, 1, utterance));
  }

  private void move(CalleeMove move) {
    if (move.words() != null) {
      conversation.add(ConversationEntry.said(ConversationEntry.CALLEE, move.words()));
      send(
          JSON.createObjectNode()
              .put("type", "prompt")
              .put("voicePrompt", move.words())
              .put("lang", "en-US")
              .put("last", true));
    } else if (move.digit() != null) {
      conversation.add(ConversationEntry.pressed(ConversationEntry.CALLEE, move.digit()));
      send(JSON.createObjectNode().put("type", "dtmf").put("digit", move.digit()));
    }
  }

  /** The session is over: close the socket (once) and let the call go on to its Connect action. */
  synchronized void hangUp() {
    if (ended) {
      return;
    }
    ended = true;
    if (socket != null) {
      WebSocket closing = socket;
      sending =
          sending.handle((v, e) -> closing.sendClose(WebSocket.NORMAL_CLOSURE, "session end"));
    }
    onEnd.run();
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    log.info("{} relay closed by the media worker: {} {}", callSid, statusCode, reason);
    hangUp();
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    log.warn("{} relay socket failed: {}", callSid, error.toString());
    hangUp();
  }

  private synchronized void send(JsonNode message) {
    if (ended || socket == null) {
      return;
    }
    WebSocket target = socket;
    String text = message.toString();
    sending = sending.handle((v, e) -> null).thenCompose(v -> target.sendText(text, true));
  }

  static ObjectNode setup(
      String callSid, String accountSid, String from, String to, Map<String, String> params) {
    ObjectNode setup =
        JSON.createObjectNode()
            .put("type", "setup")
            .put("sessionId", "VX" + callSid.substring(2))
            .put("accountSid", accountSid)
            .put("parentCallSid", "")
            .put("callSid", callSid)
            .put("from", from)
            .put("to", to)
            .put("forwardedFrom", "")
            .put("callType", "PSTN")
            .put("callerName", "")
            .put("direction", "outbound-api")
            .put("callStatus", "IN-PROGRESS");
    ObjectNode custom = setup.putObject("customParameters");
    params.forEach(custom::put);
    return setup;
  }
}
