package dev.dialer.workflows.call;

import dev.dialer.workflows.conversation.CommandExecuted;
import dev.dialer.workflows.conversation.MediaDelivery;
import dev.dialer.workflows.conversation.TransferRequest;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;

/**
 * Transfers to a person, asked for by the agent ({@code [[transfer:+1…]]}) or by a supervisor's
 * Update. Only the call's allowed numbers are dialed: anything else is refused, and the agent says
 * so. An allowed target is stored on the call first (the Connect action dials only that), then the
 * media host says a line and ends the session with the transfer's handoffData. Histories from
 * before transfers carry agent transfers the workflow only recorded; they replay that way.
 */
final class CallTransfers {

  private static final Logger log = Workflow.getLogger(CallTransfers.class);

  static final String TRANSFER_CHANGE = "transfer-to-person";

  public static final String TRANSFER_NOT_ALLOWED = "TRANSFER_NOT_ALLOWED";

  static final String TRANSFER_LINE = "Please hold while I transfer you to a colleague.";
  static final String REFUSAL_LINE =
      "I am sorry, I cannot transfer this call. I can help you myself, or someone will get back"
          + " to you.";

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  private final HandoffActivities handoffs =
      Workflow.newActivityStub(
          HandoffActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setScheduleToCloseTimeout(Duration.ofMinutes(1))
              .build());

  private final MediaHost media;
  private final BooleanSupplier conversing;
  private String callId;
  private VoiceOptions voice = VoiceOptions.NONE;
  private String transferredTo;

  CallTransfers(MediaHost media, BooleanSupplier conversing) {
    this.media = media;
    this.conversing = conversing;
  }

  void configure(String callId, VoiceOptions voice) {
    this.callId = callId;
    this.voice = voice == null ? VoiceOptions.NONE : voice;
  }

  /** The agent's {@code [[transfer:…]]}: carried out or refused out loud, never silently. */
  void commandExecuted(CommandExecuted command) {
    if (!"transfer".equals(command.command())
        || Workflow.getVersion(TRANSFER_CHANGE, Workflow.DEFAULT_VERSION, 1)
            == Workflow.DEFAULT_VERSION) {
      return;
    }
    String target = command.argument() == null ? null : command.argument().strip();
    Async.procedure(
        () -> {
          if (transferredTo == null && voice.allowsTransferTo(target)) {
            transfer(target, TransferRecord.AGENT);
          } else {
            log.info("call {}: the agent's transfer to {} is not allowed", callId, target);
            media.deliver(
                m -> m.transfer(new TransferRequest(callId, target, REFUSAL_LINE, false)));
          }
        });
  }

  /** Refuses a supervisor's transfer that cannot apply; a refusal never enters the history. */
  void validate(SupervisorOverride override) {
    String target = override.value();
    if (target == null || !E164.matcher(target).matches()) {
      throw UpdateRefusal.of(
          "INVALID_REQUEST", "'target' must be E.164 such as +14155550123, not '" + target + "'.");
    }
    if (!conversing.getAsBoolean() || transferredTo != null) {
      throw UpdateRefusal.of(
          CallOverrides.CALL_NOT_LIVE,
          "Call " + callId + " has no live conversation to transfer from.");
    }
    if (!voice.allowsTransferTo(target)) {
      throw UpdateRefusal.of(
          TRANSFER_NOT_ALLOWED,
          target
              + " is not one of call "
              + callId
              + "'s transfer numbers "
              + voice.transferNumbers()
              + " (campaign agent.transferNumbers, or transferTo on a single call).");
    }
  }

  OverrideResult apply(SupervisorOverride override) {
    Workflow.getVersion(TRANSFER_CHANGE, Workflow.DEFAULT_VERSION, 1);
    log.info("call {}: supervisor {} transfers to {}", callId, override.keyId(), override.value());
    MediaDelivery delivery = transfer(override.value(), override.keyId());
    return delivery.delivered()
        ? new OverrideResult(OverrideResult.SUCCESS, "Transferring to " + override.value() + ".")
        : new OverrideResult(OverrideResult.NOT_DELIVERED, delivery.detail());
  }

  /** A call handed to a person ends TRANSFERRED, however it ended after that. */
  CallResult settle(CallResult result) {
    if (transferredTo == null
        || (result.disposition() != Disposition.COMPLETED
            && result.disposition() != Disposition.HUNG_UP)) {
      return result;
    }
    return new CallResult(
        result.callId(),
        result.callSid(),
        Disposition.TRANSFERRED,
        result.finalStatus(),
        result.durationSeconds(),
        result.answeredBy(),
        result.errorCode(),
        result.nextAllowedAt(),
        result.complianceReason());
  }

  private MediaDelivery transfer(String target, String requestedBy) {
    try {
      handoffs.recordTransfer(new TransferRecord(callId, target, requestedBy));
    } catch (ActivityFailure failure) {
      // Without the stored target the Connect action would not dial: tell the callee instead.
      log.warn("call {}: transfer to {} could not be stored", callId, target, failure);
      media.deliver(m -> m.transfer(new TransferRequest(callId, target, REFUSAL_LINE, false)));
      return new MediaDelivery(false, "the transfer could not be stored");
    }
    MediaDelivery delivery =
        media.deliver(m -> m.transfer(new TransferRequest(callId, target, TRANSFER_LINE, true)));
    if (delivery.delivered()) {
      transferredTo = target;
    }
    return delivery;
  }
}
