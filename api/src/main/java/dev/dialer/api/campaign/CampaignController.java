package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.workflows.campaign.CampaignControl;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
class CampaignController {

  private final CampaignService campaigns;
  private final CampaignControls controls;
  private final CampaignEdits edits;

  CampaignController(CampaignService campaigns, CampaignControls controls, CampaignEdits edits) {
    this.campaigns = campaigns;
    this.controls = controls;
    this.edits = edits;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CampaignAck> create(
      @RequestBody(required = false) JsonNode body,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    CampaignAck created = campaigns.create(body, idempotencyKey);
    return ResponseEntity.created(URI.create("/api/campaigns/" + created.id())).body(created);
  }

  @GetMapping
  CampaignList list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return campaigns.list(status, limit, offset);
  }

  @GetMapping("/{id}")
  CampaignView get(@PathVariable String id) {
    return campaigns.get(id);
  }

  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  CampaignView patch(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    return edits.patch(id, body);
  }

  @PostMapping("/{id}/start")
  @ResponseStatus(HttpStatus.ACCEPTED)
  CampaignAck start(@PathVariable String id) {
    return controls.start(id);
  }

  @PostMapping(path = "/{id}/pause", consumes = MediaType.APPLICATION_JSON_VALUE)
  CampaignAck pause(
      @PathVariable String id, @RequestBody(required = false) CampaignControl control) {
    return controls.pause(id, reason(control));
  }

  @PostMapping(path = "/{id}/resume", consumes = MediaType.APPLICATION_JSON_VALUE)
  CampaignAck resume(
      @PathVariable String id, @RequestBody(required = false) CampaignControl control) {
    return controls.resume(id, reason(control));
  }

  @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
  CampaignAck cancel(
      @PathVariable String id, @RequestBody(required = false) CampaignControl control) {
    return controls.cancel(id, reason(control));
  }

  private static String reason(CampaignControl control) {
    return control == null ? null : control.reason();
  }
}
