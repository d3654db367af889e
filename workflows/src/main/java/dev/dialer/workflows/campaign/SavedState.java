package dev.dialer.workflows.campaign;

/**
 * What {@link CampaignActivities#saveState} stored. A final status (COMPLETED, CANCELED) is refused
 * while contacts wait to be dialed: they were added after the workflow last looked, and the
 * workflow must dial or close them before it ends, so that no accepted contact is left behind.
 *
 * @param stored whether the change was stored
 * @param waitingContacts contacts PENDING or RETRY when a final status was refused; 0 otherwise
 */
public record SavedState(boolean stored, long waitingContacts) {

  public static SavedState saved() {
    return new SavedState(true, 0);
  }

  public static SavedState refused(long waitingContacts) {
    return new SavedState(false, waitingContacts);
  }

  /** Runs recorded before final statuses were checked returned nothing: their change was stored. */
  static boolean stored(SavedState saved) {
    return saved == null || saved.stored();
  }
}
