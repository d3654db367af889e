package dev.dialer.api.recovery;

import dev.dialer.workflows.call.CallResult;

/**
 * Where a call whose workflow Temporal lost stands, as Twilio tells it.
 *
 * @param result the call's end, for {@link Kind#ENDED}
 * @param status the ledger's final status for it
 */
record Reconciled(Kind kind, CallResult result, String status) {

  enum Kind {
    /** The dial never began: nothing reached Twilio, the attempt can be given back. */
    NEVER_DIALED,
    /** Twilio still has the call up: look again later. */
    LIVE,
    ENDED
  }

  static Reconciled neverDialed() {
    return new Reconciled(Kind.NEVER_DIALED, null, null);
  }

  static Reconciled live() {
    return new Reconciled(Kind.LIVE, null, null);
  }

  static Reconciled ended(CallResult result, String status) {
    return new Reconciled(Kind.ENDED, result, status);
  }
}
