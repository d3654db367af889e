package dev.dialer.activities.telephony;

/**
 * Called by the dial activity after Twilio accepted the call and before the ledger learns its
 * CallSid: the one moment where a crash leaves a live call the ledger does not name. Production
 * does nothing here; tests crash here to prove that the retry adopts the call instead of dialing
 * again.
 */
@FunctionalInterface
public interface DialCheckpoint {

  DialCheckpoint NONE = (callId, callSid) -> {};

  void afterCreate(String callId, String callSid);
}
