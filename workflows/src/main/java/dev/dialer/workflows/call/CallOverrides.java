package dev.dialer.workflows.call;

import dev.dialer.workflows.conversation.DigitsRequest;
import dev.dialer.workflows.conversation.EndSessionRequest;
import dev.dialer.workflows.conversation.MediaDelivery;
import dev.dialer.workflows.conversation.SayRequest;
import io.temporal.workflow.Workflow;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;

/**
 * A supervisor's text, key and end on a live call, as Updates: the validator refuses what cannot
 * apply (the call is not live, a key that is not one), so a refusal never enters the history; an
 * accepted action goes to the media host that holds the call's socket, or, for an end without a
 * conversation, to Twilio through the call's own hang-up.
 */
final class CallOverrides {

  private static final Logger log = Workflow.getLogger(CallOverrides.class);

  public static final String CALL_NOT_LIVE = "CALL_NOT_LIVE";
  public static final String INVALID_DIGIT = "INVALID_DIGIT";

  private static final Pattern DIGIT = Pattern.compile("[0-9*#]");
  private static final String END_HANDOFF = "{\"reason\":\"supervisor\"}";

  private final Supplier<String> hostTaskQueue;
  private final BooleanSupplier callLive;
  private final Consumer<String> hangUp;
  private final MediaHost media;
  private String callId;

  CallOverrides(
      Supplier<String> hostTaskQueue,
      BooleanSupplier callLive,
      Consumer<String> hangUp,
      MediaHost media) {
    this.hostTaskQueue = hostTaskQueue;
    this.callLive = callLive;
    this.hangUp = hangUp;
    this.media = media;
  }

  void configure(String callId) {
    this.callId = callId;
  }

  void validate(SupervisorOverride override) {
    if (override == null || override.action() == null) {
      throw UpdateRefusal.of("INVALID_REQUEST", "An override needs an action.");
    }
    boolean conversing = callLive.getAsBoolean() && hostTaskQueue.get() != null;
    switch (override.action()) {
      case SupervisorOverride.TEXT -> {
        if (override.value() == null || override.value().isBlank()) {
          throw UpdateRefusal.of("INVALID_REQUEST", "'text' must not be blank.");
        }
        requireLive(conversing, "has no live conversation to speak on");
      }
      case SupervisorOverride.DTMF -> {
        if (override.value() == null || !DIGIT.matcher(override.value()).matches()) {
          throw UpdateRefusal.of(
              INVALID_DIGIT, "'digit' must be one of 0-9, * or #, not '" + override.value() + "'.");
        }
        requireLive(conversing, "has no live conversation to send a key on");
      }
      case SupervisorOverride.END -> requireLive(callLive.getAsBoolean(), "is not live");
      default ->
          throw UpdateRefusal.of(
              "INVALID_REQUEST", "Unknown override '" + override.action() + "'.");
    }
  }

  OverrideResult apply(SupervisorOverride override) {
    log.info("call {}: supervisor {} override {}", callId, override.keyId(), override.action());
    return switch (override.action()) {
      case SupervisorOverride.TEXT ->
          result(
              media.deliver(m -> m.say(new SayRequest(callId, override.value()))),
              "The agent said the text.");
      case SupervisorOverride.DTMF ->
          result(
              media.deliver(m -> m.sendDigits(new DigitsRequest(callId, override.value()))),
              "Key " + override.value() + " sent.");
      default -> end();
    };
  }

  private OverrideResult end() {
    if (hostTaskQueue.get() != null) {
      MediaDelivery ended =
          media.deliver(m -> m.endSession(new EndSessionRequest(callId, END_HANDOFF)));
      if (ended.delivered()) {
        return new OverrideResult(OverrideResult.SUCCESS, "The conversation is ending.");
      }
    }
    hangUp.accept("ended by a supervisor");
    return new OverrideResult(OverrideResult.SUCCESS, "The call is being hung up.");
  }

  private void requireLive(boolean live, String why) {
    if (!live) {
      throw UpdateRefusal.of(CALL_NOT_LIVE, "Call " + callId + " " + why + ".");
    }
  }

  private static OverrideResult result(MediaDelivery delivery, String done) {
    return delivery.delivered()
        ? new OverrideResult(OverrideResult.SUCCESS, done)
        : new OverrideResult(OverrideResult.NOT_DELIVERED, delivery.detail());
  }
}
