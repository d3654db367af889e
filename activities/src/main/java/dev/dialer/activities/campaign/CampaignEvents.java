package dev.dialer.activities.campaign;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code campaign_event} table: what happened to a campaign outside its workflow's steps. */
public final class CampaignEvents {

  /** One event, as the API lists it. */
  public record Event(String kind, String message, Instant at) {}

  private CampaignEvents() {}

  public static void record(JdbcClient jdbc, String campaignId, String kind, String message) {
    jdbc.sql("INSERT INTO campaign_event (campaign_id, kind, message) VALUES (:c, :kind, :m)")
        .param("c", campaignId)
        .param("kind", kind)
        .param("m", message)
        .update();
  }

  /** Oldest first. */
  public static List<Event> of(JdbcClient jdbc, String campaignId) {
    return jdbc.sql(
            "SELECT kind, message, at FROM campaign_event WHERE campaign_id = :c ORDER BY event_id")
        .param("c", campaignId)
        .query(
            (rs, row) ->
                new Event(
                    rs.getString("kind"),
                    rs.getString("message"),
                    rs.getTimestamp("at").toInstant()))
        .list();
  }
}
