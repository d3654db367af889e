package dev.dialer.media.temporal;

import dev.dialer.media.conversation.Conversation;
import dev.dialer.media.conversation.LiveConversations;
import dev.dialer.workflows.conversation.ClarificationAnswer;
import dev.dialer.workflows.conversation.DigitsRequest;
import dev.dialer.workflows.conversation.EndSessionRequest;
import dev.dialer.workflows.conversation.MediaActivities;
import dev.dialer.workflows.conversation.MediaDelivery;
import dev.dialer.workflows.conversation.SayRequest;
import dev.dialer.workflows.conversation.TransferRequest;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Work from a call's workflow for a socket this host holds; a call not here is not delivered. */
@Component
class MediaActivitiesImpl implements MediaActivities {

  private final LiveConversations live;

  MediaActivitiesImpl(LiveConversations live) {
    this.live = live;
  }

  @Override
  public MediaDelivery say(SayRequest request) {
    return on(request.callId(), conversation -> conversation.say(request.text()));
  }

  @Override
  public MediaDelivery sendDigits(DigitsRequest request) {
    return on(request.callId(), conversation -> conversation.sendDigits(request.digits()));
  }

  @Override
  public MediaDelivery endSession(EndSessionRequest request) {
    return on(request.callId(), conversation -> conversation.end(request.handoffData()));
  }

  @Override
  public MediaDelivery answerClarification(ClarificationAnswer answer) {
    return on(
        answer.callId(),
        conversation ->
            conversation.clarified(answer.question(), answer.response(), answer.answered()));
  }

  @Override
  public MediaDelivery transfer(TransferRequest request) {
    return on(
        request.callId(),
        conversation -> conversation.transfer(request.target(), request.line(), request.allowed()));
  }

  private MediaDelivery on(String callId, Consumer<Conversation> action) {
    Optional<Conversation> conversation = live.find(callId);
    if (conversation.isEmpty()) {
      return new MediaDelivery(false, "no live conversation for call " + callId + " here");
    }
    action.accept(conversation.get());
    return new MediaDelivery(true, null);
  }
}
