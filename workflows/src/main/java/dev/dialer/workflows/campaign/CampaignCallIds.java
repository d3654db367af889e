package dev.dialer.workflows.campaign;

/**
 * The callId of a campaign's attempt: readable in Temporal UI as {@code
 * call:{campaign}-{contact}-{n}}.
 */
public final class CampaignCallIds {

  private CampaignCallIds() {}

  public static String of(String campaignId, long contactId, int attempt) {
    return campaignId + "-" + contactId + "-" + attempt;
  }
}
