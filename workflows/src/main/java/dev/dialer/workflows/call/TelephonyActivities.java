package dev.dialer.workflows.call;

import io.temporal.activity.ActivityInterface;

/** Talks to Twilio (or twilio-sim). Implemented in the activities module. */
@ActivityInterface
public interface TelephonyActivities {

  /**
   * Error type of the non-retryable {@code ApplicationFailure} thrown when Twilio refuses the
   * create request for good (invalid number, unverified caller ID, …). Its details hold one {@link
   * DialRejection}.
   */
  String DIAL_REJECTED = "DialRejected";

  /**
   * Error type of the non-retryable failure thrown when the re-check right before the create finds
   * the call no longer allowed (its window closed, a cap filled while it waited). Its details hold
   * the {@code ComplianceDecision}; nothing was sent to Twilio.
   */
  String DIAL_NOT_ALLOWED = "DialNotAllowed";

  /**
   * Error type of the non-retryable failure thrown when Twilio refuses the account itself (401,
   * 403: a rotated token, a suspended account): no call can be placed, whatever the number. Its
   * details hold one {@link DialRejection}.
   */
  String TELEPHONY_UNAVAILABLE = "TelephonyUnavailable";

  /**
   * Places the call, at most once per {@code callId}: the ledger row is written before the REST
   * call, a try sends the create only if it won the compare-and-set that marks the dial started,
   * and a retry adopts the call an earlier try created instead of dialing again. Heartbeats while
   * it waits; canceled before it marks the dial, it places nothing.
   */
  DialResult dial(DialRequest request);

  /** Reads Twilio's call resource: how status callbacks that never came are made up for. */
  CallSnapshot fetchCall(FetchCallRequest request);

  /** Ends the call: cancels it while queued or ringing, completes it once answered. */
  void hangUp(HangUpRequest request);
}
