package dev.dialer.activities.telephony;

/**
 * Points in the dial activity where tests interfere, the way a crash or a race would. Production
 * does nothing at either.
 */
public interface DialCheckpoint {

  DialCheckpoint NONE = (callId, callSid) -> {};

  /**
   * After Twilio accepted the call and before the ledger learns its CallSid: the one moment where a
   * crash leaves a live call the ledger does not name; tests crash here to prove that the retry
   * adopts the call instead of dialing again.
   */
  void afterCreate(String callId, String callSid);

  /**
   * Inside the gate's transaction, after the compliance re-check and before the mark: tests hold
   * two dials here to show that the per-number lock keeps them apart.
   */
  default void beforeClaim(String callId) {}
}
