package dev.dialer.workflows.call;

/** The business result of one dial attempt. */
public enum Disposition {
  /** A person answered and the call ended normally. */
  COMPLETED,
  /** The callee asked not to be called again; the number is on the internal do-not-call list. */
  OPTED_OUT,
  /** The call was handed to a person (a transfer number); the call stores the target. */
  TRANSFERRED,
  /** An answering machine took the campaign's voicemail message after its beep. */
  VOICEMAIL_LEFT,
  /** A person answered and hung up before a conversation could start. */
  HUNG_UP,
  /** An answering machine or fax answered. */
  ANSWERING_MACHINE,
  NO_ANSWER,
  BUSY,
  /** The carrier could not place the call, or Twilio refused to create it. */
  FAILED,
  /** The call was ended by us before it was answered. */
  CANCELED,
  /** Not dialed: the number is on a do-not-call list. */
  BLOCKED_DNC,
  /** Not dialed: outside the callee's calling window; see nextAllowedAt. */
  DEFERRED_WINDOW,
  /** Not dialed: a frequency cap is reached; see nextAllowedAt. */
  CAPPED,
  /**
   * Not dialed for a fault of the system, not of the number (Twilio refused the account's
   * credentials, the compliance check was unavailable): no attempt is counted, and a campaign
   * pauses with the reason.
   */
  SYSTEM_UNAVAILABLE
}
