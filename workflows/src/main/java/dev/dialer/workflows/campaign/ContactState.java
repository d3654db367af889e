package dev.dialer.workflows.campaign;

/** Where a contact stands in its campaign's hopper. */
public enum ContactState {
  /** Not dialed yet; eligible from its next-eligible time (null: at once). */
  PENDING,
  /** Claimed by the campaign: a call for it is being checked, dialed or is live. */
  DIALING,
  /** Dialed before; waits for its next-eligible time to be dialed again. */
  RETRY,
  /** Ended with a disposition the campaign does not retry (a conversation, a hang-up…). */
  DONE,
  /** Every attempt the campaign allows was used without a result that ends it. */
  EXHAUSTED,
  /** On a do-not-call list: never dialed by this campaign. */
  BLOCKED,
  /** The campaign was canceled before the contact was done. */
  CANCELED,
  /** The campaign's end time came before the contact was done. */
  EXPIRED;

  public boolean isTerminal() {
    return this != PENDING && this != DIALING && this != RETRY;
  }
}
