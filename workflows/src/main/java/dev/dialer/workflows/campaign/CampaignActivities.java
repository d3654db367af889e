package dev.dialer.workflows.campaign;

import io.temporal.activity.ActivityInterface;

/** The hopper in PostgreSQL. Implemented in the activities module; every method is idempotent. */
@ActivityInterface
public interface CampaignActivities {

  /**
   * Claims up to {@code limit} contacts that may be dialed at {@code at}: attempts left, next
   * eligible time passed, and allowed by compliance now. Each claimed contact moves to DIALING with
   * a call ledger row for its next attempt. A contact compliance defers gets the time it would be
   * allowed; one on a do-not-call list is BLOCKED. Repeating a claim with the same {@code
   * claimToken} returns the contacts it claimed before.
   */
  ClaimedContacts claim(ClaimRequest request);

  /** Records how calls ended and plans each contact's next attempt from the retry rules. */
  void recordResults(RecordResults results);

  /**
   * Stores the campaign's status and settings as the workflow holds them. A final status is refused
   * while contacts are PENDING or RETRY (see {@link SavedState}); uploads wait for a final status
   * to be stored and then find the campaign ended.
   */
  SavedState saveState(CampaignStateChange change);

  /** The ends of the given calls the ledger knows of: for calls whose signal never came. */
  SettledCalls settle(SettleRequest request);

  /**
   * The ends the call ledger holds for this campaign's calls whose contacts are still DIALING on
   * them: ended, not recorded yet. The campaign's loop reads them here instead of taking a signal
   * from every call.
   */
  LedgerEnds ledgerEnds(LedgerEndsRequest request);

  /**
   * Starts a call workflow for each claimed contact, abandoned by nobody: the campaign's history
   * holds neither its start nor its end. A call that exists already is left as it is.
   */
  StartedCalls startCalls(StartCalls request);

  /** Moves every contact that is not terminal and not dialing to {@code state}. */
  void closeContacts(CloseContacts request);
}
