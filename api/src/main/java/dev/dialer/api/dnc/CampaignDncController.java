package dev.dialer.api.dnc;

import dev.dialer.activities.dnc.DncEntry;
import dev.dialer.activities.dnc.DncStore;
import dev.dialer.api.web.ApiException;
import dev.dialer.api.web.E164;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's own do-not-call list: blocks that campaign only. */
@RestController
@RequestMapping(
    path = "/api/campaigns/{campaignId}/dnc",
    produces = MediaType.APPLICATION_JSON_VALUE)
class CampaignDncController {

  private final DncStore dnc;

  CampaignDncController(DncStore dnc) {
    this.dnc = dnc;
  }

  @PutMapping(path = "/{e164}", consumes = MediaType.APPLICATION_JSON_VALUE)
  DncEntry add(
      @PathVariable String campaignId,
      @PathVariable String e164,
      @RequestBody(required = false) DncRequest body) {
    String phone = E164.of("e164", e164);
    DncRequest request = body == null ? new DncRequest(null, null) : body;
    return dnc.addCampaign(
        campaignId(campaignId), phone, DncController.sourceOr(request.source()), request.reason());
  }

  @DeleteMapping("/{e164}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable String campaignId, @PathVariable String e164) {
    String phone = E164.of("e164", e164);
    if (!dnc.removeCampaign(campaignId(campaignId), phone)) {
      throw new ApiException(
          HttpStatus.NOT_FOUND,
          "DNC_NOT_FOUND",
          phone + " is not on campaign " + campaignId + "'s do-not-call list.",
          "e164");
    }
  }

  private static String campaignId(String value) {
    if (value.isBlank() || value.length() > 128) {
      throw ApiException.invalid("campaignId", "'campaignId' must be 1-128 characters.");
    }
    return value;
  }
}
