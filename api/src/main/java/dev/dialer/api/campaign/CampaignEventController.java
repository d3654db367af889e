package dev.dialer.api.campaign;

import dev.dialer.activities.campaign.CampaignEvents;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/campaigns/{id}/events}: what happened to a campaign outside its own steps. */
@RestController
class CampaignEventController {

  private final CampaignRecords store;
  private final JdbcClient jdbc;

  CampaignEventController(CampaignRecords store, JdbcClient jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  @GetMapping(path = "/api/campaigns/{id}/events", produces = MediaType.APPLICATION_JSON_VALUE)
  CampaignEventList events(@PathVariable String id) {
    store.find(id).orElseThrow(() -> CampaignErrors.notFound(id));
    return new CampaignEventList(CampaignEvents.of(jdbc, id));
  }
}
