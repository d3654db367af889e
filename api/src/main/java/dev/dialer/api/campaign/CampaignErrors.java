package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;
import org.springframework.http.HttpStatus;

/** The errors every campaign endpoint shares. */
final class CampaignErrors {

  private CampaignErrors() {}

  static ApiException notFound(String id) {
    return new ApiException(
        HttpStatus.NOT_FOUND, "CAMPAIGN_NOT_FOUND", "No campaign with id '" + id + "'.", null);
  }

  /** A campaign that is COMPLETED or CANCELED cannot be {@code verb}. */
  static ApiException ended(CampaignRecord campaign, String verb) {
    return ended(campaign.id(), campaign.status().name(), verb);
  }

  static ApiException ended(String campaignId, String status, String verb) {
    return new ApiException(
        HttpStatus.CONFLICT,
        "CAMPAIGN_ENDED",
        "Campaign "
            + campaignId
            + " is "
            + status
            + " and cannot be "
            + verb
            + "; create a new campaign instead.",
        null);
  }

  static ApiException notStarted(String id, String verb) {
    return new ApiException(
        HttpStatus.CONFLICT,
        "CAMPAIGN_NOT_STARTED",
        "Campaign "
            + id
            + " is a DRAFT and cannot be "
            + verb
            + "; start it with POST /api/campaigns/"
            + id
            + "/start.",
        null);
  }
}
