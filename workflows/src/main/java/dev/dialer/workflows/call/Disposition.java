package dev.dialer.workflows.call;

/** The business result of one dial attempt. */
public enum Disposition {
  /** A person answered and the call ended normally. */
  COMPLETED,
  /** A person answered and hung up before a conversation could start. */
  HUNG_UP,
  /** An answering machine or fax answered. */
  ANSWERING_MACHINE,
  NO_ANSWER,
  BUSY,
  /** The carrier could not place the call, or Twilio refused to create it. */
  FAILED,
  /** The call was ended by us before it was answered. */
  CANCELED
}
