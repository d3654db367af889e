package dev.dialer.workflows.conversation;

import io.temporal.activity.ActivityInterface;

/**
 * Work for one live ConversationRelay socket. Each media-worker host polls its own task queue
 * ({@link dev.dialer.workflows.TaskQueues#mediaHost}); a call's workflow sends these to the queue
 * named in its {@link MediaConnected} signal, so they reach the process that holds the socket.
 */
@ActivityInterface
public interface MediaActivities {

  MediaDelivery say(SayRequest request);

  MediaDelivery sendDigits(DigitsRequest request);

  MediaDelivery endSession(EndSessionRequest request);

  /** Gives the agent a supervisor's answer as context; the agent then speaks it. */
  MediaDelivery answerClarification(ClarificationAnswer answer);

  /** Says the transfer's line; an allowed transfer then ends the session to hand the call off. */
  MediaDelivery transfer(TransferRequest request);
}
