package dev.dialer.media.relay;

import dev.dialer.media.context.CallContext;
import dev.dialer.media.conversation.Conversation;
import dev.dialer.media.conversation.ConversationFactory;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The {@code /relay} endpoint. Each connection's state lives in its session's attributes: created
 * on an accepted {@code setup}, closed on disconnect. Nothing reaches the model before the setup is
 * authenticated; a connection that fails is closed with 1008 (policy violation).
 */
@Component
class RelayHandler extends TextWebSocketHandler {

  private static final Logger log = LoggerFactory.getLogger(RelayHandler.class);
  private static final String SENDER = "sender";
  private static final String CONVERSATION = "conversation";
  private static final int SEND_TIME_LIMIT_MS = 5_000;
  private static final int BUFFER_LIMIT = 512 * 1024;

  private final RelayAuthenticator authenticator;
  private final ConversationFactory conversations;

  RelayHandler(RelayAuthenticator authenticator, ConversationFactory conversations) {
    this.authenticator = authenticator;
    this.conversations = conversations;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) {
    session
        .getAttributes()
        .put(
            SENDER,
            new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT));
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message)
      throws IOException {
    long receivedNanos = System.nanoTime();
    RelayMessage parsed = RelayCodec.read(message.getPayload());
    Conversation conversation = (Conversation) session.getAttributes().get(CONVERSATION);
    if (conversation == null) {
      if (parsed instanceof RelayMessage.Setup setup) {
        accept(session, setup);
      } else {
        log.warn("relay {}: {} before setup; closing", session.getId(), parsed);
        session.close(CloseStatus.POLICY_VIOLATION.withReason("setup first"));
      }
      return;
    }
    try (var ignored = conversation.logContext()) {
      if (parsed instanceof RelayMessage.Prompt prompt) {
        // Partial prompts (last=false) only come with partialPrompts, which the TwiML never asks.
        if (prompt.last()) {
          conversation.prompt(prompt.voicePrompt(), receivedNanos);
        }
      } else if (parsed instanceof RelayMessage.Dtmf dtmf) {
        conversation.dtmf(dtmf.digit(), receivedNanos);
      } else if (parsed instanceof RelayMessage.Interrupt interrupt) {
        conversation.interrupt(interrupt.utteranceUntilInterrupt());
      } else if (parsed instanceof RelayMessage.Error error) {
        log.warn("Twilio reports: {}", error.description());
      } else {
        log.debug("ignored relay message {}", parsed);
      }
    }
  }

  private void accept(WebSocketSession session, RelayMessage.Setup setup) throws IOException {
    MDC.put("callSid", setup.callSid());
    MDC.put("callId", setup.customParameters().get("callId"));
    try {
      Optional<CallContext> call = authenticator.authenticate(setup);
      if (call.isEmpty()) {
        session.close(CloseStatus.POLICY_VIOLATION.withReason("not authorized"));
        return;
      }
      WebSocketSession sender = (WebSocketSession) session.getAttributes().get(SENDER);
      Conversation conversation = conversations.open(sender, call.get(), setup);
      session.getAttributes().put(CONVERSATION, conversation);
      conversation.start();
    } finally {
      MDC.remove("callSid");
      MDC.remove("callId");
    }
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    Conversation conversation = (Conversation) session.getAttributes().get(CONVERSATION);
    if (conversation != null) {
      try (var ignored = conversation.logContext()) {
        log.info("relay closed: {}", status);
        conversation.closed();
      }
    }
  }
}
