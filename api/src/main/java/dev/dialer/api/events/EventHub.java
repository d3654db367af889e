package dev.dialer.api.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;

/**
 * This instance's open event sockets, by the call or campaign each watches, and the delivery of one
 * event to those that watch it. A socket that cannot take more (its send buffer is full or a send
 * takes too long) is closed, never waited for.
 */
@Component
class EventHub {

  private static final Logger log = LoggerFactory.getLogger(EventHub.class);

  private final Map<EventTopic, Set<EventSocket>> sockets = new ConcurrentHashMap<>();
  private final ObjectMapper json;

  EventHub(ObjectMapper json) {
    this.json = json;
  }

  void add(EventSocket socket) {
    sockets.computeIfAbsent(socket.topic(), topic -> ConcurrentHashMap.newKeySet()).add(socket);
  }

  void remove(EventSocket socket) {
    sockets.computeIfPresent(
        socket.topic(), (topic, set) -> set.remove(socket) && set.isEmpty() ? null : set);
  }

  Collection<EventSocket> all() {
    return sockets.values().stream().flatMap(Set::stream).toList();
  }

  /** The campaigns at least one socket of this instance watches. */
  List<String> watchedCampaigns() {
    return sockets.keySet().stream()
        .filter(topic -> topic.kind() == EventTopic.Kind.CAMPAIGN)
        .map(EventTopic::id)
        .toList();
  }

  /** Delivers one event, as the JSON text it was published as, to the sockets watching it. */
  void deliver(String payload) {
    JsonNode event;
    try {
      event = json.readTree(payload);
    } catch (IOException e) {
      log.warn("Dropped an event that is not JSON ({} chars)", payload.length());
      return;
    }
    TextMessage message = new TextMessage(payload);
    send(EventTopic.call(event.path("callId").asText(null)), message);
    send(EventTopic.campaign(event.path("campaignId").asText(null)), message);
  }

  void send(EventTopic topic, TextMessage message) {
    if (topic == null) {
      return;
    }
    for (EventSocket socket : sockets.getOrDefault(topic, Set.of())) {
      try {
        socket.session().sendMessage(message);
      } catch (IOException | RuntimeException e) {
        // The decorator throws once the buffer or the send time is over its limit.
        log.info("Closing a slow or broken event socket on {}: {}", topic, e.toString());
        remove(socket);
        socket.close(CloseStatus.SESSION_NOT_RELIABLE);
      }
    }
  }
}
