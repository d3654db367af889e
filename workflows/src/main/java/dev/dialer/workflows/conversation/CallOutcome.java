package dev.dialer.workflows.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a conversation came to, read from its transcript once it ended. The purpose's own fields are
 * null when they do not apply (a payment reminder has no {@code confirmed}); a field the model
 * could not tell is null too.
 *
 * @param promiseToPay payment reminder: the callee's promise, null when none
 * @param disputed payment reminder: the callee disputes the debt
 * @param paidAlready payment reminder: the callee says it is paid
 * @param confirmed appointment: the callee confirmed it
 * @param rescheduleTo appointment: the time the callee asked for instead
 * @param canceled appointment: the callee canceled it
 * @param callbackRequested the callee asked to be called back, null when not
 * @param wrongPerson the number does not reach the contact
 * @param openQuestion what the callee asked that no one answered on the call
 * @param summary one or two sentences for a person reading the report
 * @param unknownReason why the model's answer could not be used, null when it could: then only
 *     {@code summary} and {@code openQuestion} are known
 */
public record CallOutcome(
    PromiseToPay promiseToPay,
    Boolean disputed,
    Boolean paidAlready,
    Boolean confirmed,
    Instant rescheduleTo,
    Boolean canceled,
    CallbackRequested callbackRequested,
    boolean wrongPerson,
    boolean optedOut,
    String openQuestion,
    String summary,
    String unknownReason) {

  public static final String PROMISE_TO_PAY = "promiseToPay";
  public static final String DISPUTED = "disputed";
  public static final String PAID_ALREADY = "paidAlready";
  public static final String CONFIRMED = "confirmed";
  public static final String RESCHEDULE = "rescheduleRequested";
  public static final String CANCELED = "canceled";
  public static final String CALLBACK_REQUESTED = "callbackRequested";
  public static final String WRONG_PERSON = "wrongPerson";
  public static final String OPTED_OUT = "optedOut";
  public static final String OPEN_QUESTION = "openQuestion";
  public static final String UNKNOWN = "unknown";

  /** An outcome the model could not give: only what is known without it. */
  public static CallOutcome unknown(String summary, String openQuestion, String reason) {
    return new CallOutcome(
        null, null, null, null, null, null, null, false, false, openQuestion, summary, reason);
  }

  /** This outcome with the call's unanswered clarifications added to its open question. */
  public CallOutcome withOpenQuestion(String unanswered) {
    if (unanswered == null || unanswered.isBlank()) {
      return this;
    }
    String question =
        openQuestion == null || openQuestion.isBlank() || openQuestion.contains(unanswered)
            ? unanswered
            : openQuestion + " | " + unanswered;
    return new CallOutcome(
        promiseToPay,
        disputed,
        paidAlready,
        confirmed,
        rescheduleTo,
        canceled,
        callbackRequested,
        wrongPerson,
        optedOut,
        question,
        summary,
        unknownReason);
  }

  /** This outcome, marked opted out: the workflow heard the opt-out whatever the model read. */
  public CallOutcome withOptedOut() {
    return optedOut
        ? this
        : new CallOutcome(
            promiseToPay,
            disputed,
            paidAlready,
            confirmed,
            rescheduleTo,
            canceled,
            callbackRequested,
            wrongPerson,
            true,
            openQuestion,
            summary,
            unknownReason);
  }

  /** The names this outcome is counted under in a campaign's {@code counts.byOutcome}. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    if (promiseToPay != null) {
      labels.add(PROMISE_TO_PAY);
    }
    flag(labels, disputed, DISPUTED);
    flag(labels, paidAlready, PAID_ALREADY);
    flag(labels, confirmed, CONFIRMED);
    if (rescheduleTo != null) {
      labels.add(RESCHEDULE);
    }
    flag(labels, canceled, CANCELED);
    if (callbackRequested != null) {
      labels.add(CALLBACK_REQUESTED);
    }
    flag(labels, wrongPerson, WRONG_PERSON);
    flag(labels, optedOut, OPTED_OUT);
    if (openQuestion != null && !openQuestion.isBlank()) {
      labels.add(OPEN_QUESTION);
    }
    if (unknownReason != null) {
      labels.add(UNKNOWN);
    }
    return labels;
  }

  private static void flag(List<String> labels, Boolean value, String label) {
    if (Boolean.TRUE.equals(value)) {
      labels.add(label);
    }
  }
}
