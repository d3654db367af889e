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
   * Places the call, at most once per {@code callId}: the ledger row is written before the REST
   * call, and a retry adopts the call an earlier try created instead of dialing again.
   */
  DialResult dial(DialRequest request);

  /** Reads Twilio's call resource: how status callbacks that never came are made up for. */
  CallSnapshot fetchCall(FetchCallRequest request);

  /** Ends the call: cancels it while queued or ringing, completes it once answered. */
  void hangUp(HangUpRequest request);
}
