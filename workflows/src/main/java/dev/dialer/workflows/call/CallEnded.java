package dev.dialer.workflows.call;

/** What a campaign's call tells its campaign when it ends: signal {@code callEnded}. */
public record CallEnded(String callId, long contactId, CallResult result) {

  /** The CampaignWorkflow signal's name, for a call that signals it without its interface. */
  public static final String SIGNAL = "callEnded";
}
