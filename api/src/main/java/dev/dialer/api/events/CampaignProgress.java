package dev.dialer.api.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;

/**
 * A {@code progress} event each second for every campaign a socket of this instance watches, when
 * its counts changed. Read from the hopper by the instance that holds the socket, so that every
 * instance shows the same numbers without one of them having to lead, and a campaign nobody watches
 * costs nothing.
 */
@Component
class CampaignProgress {

  private final JdbcClient jdbc;
  private final EventHub hub;
  private final ObjectMapper json;
  private final Map<String, Map<String, Object>> lastSent = new ConcurrentHashMap<>();

  CampaignProgress(JdbcClient jdbc, EventHub hub, ObjectMapper json) {
    this.jdbc = jdbc;
    this.hub = hub;
    this.json = json;
  }

  @Scheduled(fixedDelay = 1_000, initialDelay = 1_000)
  void publish() throws JsonProcessingException {
    List<String> watched = hub.watchedCampaigns();
    lastSent.keySet().retainAll(watched);
    for (String campaignId : watched) {
      Map<String, Object> counts = counts(campaignId);
      if (counts.isEmpty() || counts.equals(lastSent.get(campaignId))) {
        continue;
      }
      lastSent.put(campaignId, counts);
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("type", "progress");
      event.put("campaignId", campaignId);
      event.putAll(counts);
      event.put("timestamp", Instant.now().toString());
      hub.send(EventTopic.campaign(campaignId), new TextMessage(json.writeValueAsString(event)));
    }
  }

  private Map<String, Object> counts(String campaignId) {
    Map<String, Object> counts = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT c.status,
                   (SELECT count(*) FROM campaign_contact WHERE campaign_id = c.campaign_id)
                       AS contacts,
                   (SELECT count(*) FROM campaign_contact WHERE campaign_id = c.campaign_id
                     AND state NOT IN ('PENDING', 'DIALING', 'RETRY')) AS finished,
                   (SELECT count(*) FROM campaign_contact WHERE campaign_id = c.campaign_id
                     AND state = 'DIALING') AS in_flight,
                   (SELECT count(*) FROM call_ledger WHERE campaign_id = c.campaign_id) AS attempts
              FROM campaign c WHERE c.campaign_id = :id
            """)
        .param("id", campaignId)
        .query(
            rs -> {
              counts.put("status", rs.getString("status"));
              counts.put("contacts", rs.getLong("contacts"));
              counts.put("finished", rs.getLong("finished"));
              counts.put("callsInFlight", rs.getLong("in_flight"));
              counts.put("attempts", rs.getLong("attempts"));
            });
    return counts;
  }
}
