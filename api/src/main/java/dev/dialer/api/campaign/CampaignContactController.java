package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.campaign.ContactState;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A campaign's contacts: uploads, pages, and the report. */
@RestController
@RequestMapping("/api/campaigns/{id}")
class CampaignContactController {

  private final ContactUploads uploads;
  private final ContactQueries contacts;
  private final CampaignService campaigns;
  private final CampaignReport report;

  CampaignContactController(
      ContactUploads uploads,
      ContactQueries contacts,
      CampaignService campaigns,
      CampaignReport report) {
    this.uploads = uploads;
    this.contacts = contacts;
    this.campaigns = campaigns;
    this.report = report;
  }

  /** Takes any Content-Type, so that a wrong one is answered with what to send instead. */
  @PostMapping(path = "/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
  ContactsImported add(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      InputStream body) {
    return uploads.add(id, contentType, body);
  }

  @GetMapping(path = "/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
  ContactPage list(
      @PathVariable String id,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    ContactState filter = state(state);
    Paging.check(limit, offset);
    campaigns.find(id);
    return contacts.page(id, filter, limit, offset);
  }

  @GetMapping("/report.csv")
  ResponseEntity<StreamingResponseBody> report(@PathVariable String id) {
    campaigns.find(id);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=campaign-" + id + ".csv")
        .body(report.stream(id));
  }

  private static ContactState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return ContactState.valueOf(state.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(
          "state", "'state' must be one of " + Arrays.toString(ContactState.values()) + ".");
    }
  }
}
