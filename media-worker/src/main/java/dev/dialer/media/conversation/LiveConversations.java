package dev.dialer.media.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The conversations this host holds a socket for, by callId. */
@Component
public class LiveConversations {

  private final Map<String, Conversation> byCallId = new ConcurrentHashMap<>();

  void add(Conversation conversation) {
    byCallId.put(conversation.callId(), conversation);
  }

  void remove(Conversation conversation) {
    byCallId.remove(conversation.callId(), conversation);
  }

  public Optional<Conversation> find(String callId) {
    return Optional.ofNullable(byCallId.get(callId));
  }

  public int size() {
    return byCallId.size();
  }
}
