package dev.dialer.workflows.campaign;

/**
 * What {@link CampaignActivities#saveState} stored. A final status (COMPLETED, CANCELED) is refused
 * while contacts wait to be dialed: they were added after the workflow last looked, and the
 * workflow must dial or close them before it ends, so that no accepted contact is left behind. A
 * campaign that has ended already (a DRAFT canceled while its start was on the way) keeps its end:
 * the change is refused and {@code endedAs} says how it ended.
 *
 * @param stored whether the change was stored
 * @param waitingContacts contacts PENDING or RETRY when a final status was refused; 0 otherwise
 * @param endedAs the final status the campaign already had when the change was refused; null
 *     otherwise, and in results recorded before final statuses were guarded
 */
public record SavedState(boolean stored, long waitingContacts, CampaignStatus endedAs) {

  public static SavedState saved() {
    return new SavedState(true, 0, null);
  }

  public static SavedState refused(long waitingContacts) {
    return new SavedState(false, waitingContacts, null);
  }

  public static SavedState ended(CampaignStatus endedAs) {
    return new SavedState(false, 0, endedAs);
  }

  /**
   * Runs recorded before final statuses were checked returned nothing: their change was stored. A
   * campaign that has ended already has nothing more to store either.
   */
  static boolean stored(SavedState saved) {
    return saved == null || saved.stored() || saved.endedAs() != null;
  }
}
