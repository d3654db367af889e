package dev.dialer.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of {@code GET /api/campaigns/{id}/contacts}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ContactPage(Long total, Integer limit, List<ContactView> contacts) {

  ContactPage {
    contacts = contacts == null ? List.of() : contacts;
  }

  /**
   * Whether no page follows, once {@code fetched} contacts are in. Without a total, a page shorter
   * than its limit is the last: the api may serve fewer than the demo asked for.
   */
  boolean lastOf(int fetched) {
    if (total != null) {
      return fetched >= total;
    }
    return contacts.size() < (limit == null ? CampaignApi.PAGE_SIZE : limit);
  }
}
