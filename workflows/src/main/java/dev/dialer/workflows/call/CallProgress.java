package dev.dialer.workflows.call;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The call as Twilio has described it so far, built from callbacks that may come twice, out of
 * order, for another call, or before the dial activity has even said which call is ours.
 */
final class CallProgress {

  /** Twilio numbers a call's callbacks from 0, so nothing applied yet must sort below that. */
  static final long NO_SEQUENCE = -1;

  private final List<CallStatusUpdate> updatesBeforeDial = new ArrayList<>();
  private final List<AmdResult> amdBeforeDial = new ArrayList<>();
  private String callSid;
  private String status;
  private long lastSequenceNumber = NO_SEQUENCE;
  private Integer durationSeconds;
  private String answeredBy;
  private String completionSource;

  /**
   * Applies a status callback, or holds it until {@link #dialed} names the call.
   *
   * @return true when the callback moved the call forward
   */
  boolean apply(CallStatusUpdate update) {
    if (callSid == null) {
      updatesBeforeDial.add(update);
      return false;
    }
    if (!callSid.equals(update.callSid())
        || isTerminal()
        || update.sequenceNumber() <= lastSequenceNumber) {
      return false;
    }
    status = update.callStatus();
    lastSequenceNumber = update.sequenceNumber();
    if (update.callDurationSeconds() != null) {
      durationSeconds = update.callDurationSeconds();
    }
    if (update.answeredBy() != null) {
      answeredBy = update.answeredBy();
    }
    if (isTerminal()) {
      completionSource = CallCompletion.STATUS_CALLBACK;
    }
    return true;
  }

  /**
   * Remembers an AMD result, also after the final status: the callback for a short call can lose
   * that race.
   *
   * @return true when the result is about this call
   */
  boolean detected(AmdResult result) {
    if (callSid == null) {
      amdBeforeDial.add(result);
      return false;
    }
    if (!callSid.equals(result.callSid()) || result.answeredBy() == null) {
      return false;
    }
    answeredBy = result.answeredBy();
    return true;
  }

  /**
   * The call Twilio's own callbacks named while the dial had not returned: proof that a call exists
   * even when the dial activity never said so. Callbacks are signed and carry this attempt's
   * callId, so the sid is this attempt's call.
   */
  Optional<String> heardBeforeDial() {
    return updatesBeforeDial.stream()
        .map(CallStatusUpdate::callSid)
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** Names the call and replays, in Twilio's order, what arrived before the dial returned. */
  void dialed(String sid) {
    callSid = sid;
    updatesBeforeDial.sort(Comparator.comparingLong(CallStatusUpdate::sequenceNumber));
    updatesBeforeDial.forEach(this::apply);
    updatesBeforeDial.clear();
    amdBeforeDial.forEach(this::detected);
    amdBeforeDial.clear();
  }

  /** Takes Twilio's call resource as the truth when callbacks stopped coming. */
  void reconcile(CallSnapshot snapshot) {
    if (isTerminal()) {
      return;
    }
    if (snapshot.answeredBy() != null) {
      answeredBy = snapshot.answeredBy();
    }
    if (CallStatuses.isTerminal(snapshot.status())) {
      status = snapshot.status();
      durationSeconds = snapshot.durationSeconds();
      completionSource = CallCompletion.RECONCILIATION;
    }
  }

  boolean isTerminal() {
    return CallStatuses.isTerminal(status);
  }

  boolean answeredByMachine() {
    return DispositionRules.isMachine(answeredBy);
  }

  String callSid() {
    return callSid;
  }

  String status() {
    return status;
  }

  long lastSequenceNumber() {
    return lastSequenceNumber;
  }

  Integer durationSeconds() {
    return durationSeconds;
  }

  String answeredBy() {
    return answeredBy;
  }

  /** {@link CallCompletion#STATUS_CALLBACK} or {@link CallCompletion#RECONCILIATION}. */
  String completionSource() {
    return completionSource;
  }
}
