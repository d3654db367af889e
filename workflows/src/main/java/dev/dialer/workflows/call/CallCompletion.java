package dev.dialer.workflows.call;

/**
 * @param source where the final status came from: {@link #STATUS_CALLBACK}, {@link #RECONCILIATION}
 *     (Twilio's call resource, after callbacks stopped coming), {@link #DIAL_REJECTED} or {@link
 *     #DIAL_FAILED} (the dial never got an answer from Twilio, whatever its retries), {@link
 *     #COMPLIANCE} or {@link #COMPLIANCE_UNAVAILABLE} (nothing dialed)
 */
public record CallCompletion(CallResult result, String source) {

  public static final String STATUS_CALLBACK = "status-callback";
  public static final String RECONCILIATION = "reconciliation";
  public static final String DIAL_REJECTED = "dial-rejected";
  public static final String DIAL_FAILED = "dial-failed";

  /** Compliance refused the dial; nothing was sent to Twilio. */
  public static final String COMPLIANCE = "compliance";

  /** An end came before the dial, which was canceled; nothing was dialed. */
  public static final String CANCELED_BEFORE_DIAL = "canceled-before-dial";

  /** Twilio refused the account (401, 403); nothing was dialed. */
  public static final String TELEPHONY_UNAVAILABLE = "telephony-unavailable";

  /** The compliance check itself could not run, so nothing was dialed. */
  public static final String COMPLIANCE_UNAVAILABLE = "compliance-unavailable";
}
