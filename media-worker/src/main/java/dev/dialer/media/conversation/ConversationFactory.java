package dev.dialer.media.conversation;

import dev.dialer.media.context.CallContext;
import dev.dialer.media.relay.RelayMessage;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketSession;

/** Creates the conversation of an authenticated relay connection. */
@Component
public class ConversationFactory {

  private final ConversationServices services;

  ConversationFactory(ConversationServices services) {
    this.services = services;
  }

  /** {@code sender} must be safe for concurrent sends (a concurrent session decorator). */
  public Conversation open(WebSocketSession sender, CallContext call, RelayMessage.Setup setup) {
    return new Conversation(services, sender, call, setup.callSid(), setup.sessionId());
  }
}
