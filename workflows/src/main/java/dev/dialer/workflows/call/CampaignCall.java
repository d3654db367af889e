package dev.dialer.workflows.call;

/**
 * Ties a call to the campaign contact it was dialed for; its dial is paced with the campaign's
 * other dials at {@code callsPerSecond}.
 *
 * @param endsInLedger true when the campaign reads the call's end from the ledger: the call then
 *     signals {@code campaign:{campaignId}} only for an end that pauses the campaign. False (calls
 *     from campaigns before the ledger was read) signals every end with a {@link CallEnded}.
 */
public record CampaignCall(
    String campaignId, long contactId, double callsPerSecond, boolean endsInLedger) {

  /** A call whose campaign hears of every end by signal. */
  public CampaignCall(String campaignId, long contactId, double callsPerSecond) {
    this(campaignId, contactId, callsPerSecond, false);
  }

  /** Whether the campaign must be told of an end that ended so. */
  public boolean tells(Disposition disposition) {
    return !endsInLedger || disposition == Disposition.SYSTEM_UNAVAILABLE;
  }
}
