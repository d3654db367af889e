package dev.dialer.workflows.call;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.conversation.ClarificationAnswer;
import dev.dialer.workflows.conversation.ClarificationRequested;
import dev.dialer.workflows.conversation.MediaDelivery;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * The agent's questions to a supervisor. A question is pending until a supervisor's Update answers
 * it or its timeout passes; then the callee hears the answer or the fallback line, through the
 * media host that holds the call's socket. One question at a time: the agent holds the line for the
 * first. Histories from before clarifications carry none of their signals, so they replay without
 * any of this.
 */
final class CallClarifications {

  private static final Logger log = Workflow.getLogger(CallClarifications.class);

  static final String CLARIFICATION_CHANGE = "supervisor-clarification";

  /** The Update's refusal when nothing waits for an answer: the api's 400. */
  public static final String NO_PENDING_CLARIFICATION = "NO_PENDING_CLARIFICATION";

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(45);
  static final String FALLBACK = "I'll have someone get back to you on that.";

  /** The list is for people; a database that is down must not hold up the conversation. */
  private final ClarificationActivities store =
      Workflow.newActivityStub(
          ClarificationActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setScheduleToCloseTimeout(Duration.ofMinutes(1))
              .build());

  private final MediaHost media;
  private final List<String> openQuestions = new ArrayList<>();
  private String callId;
  private CampaignCall campaign;
  private Duration timeout = DEFAULT_TIMEOUT;
  private ClarificationRequested pending;
  private Instant pendingSince;
  private int asked;

  CallClarifications(MediaHost media) {
    this.media = media;
  }

  void configure(String callId, CampaignCall campaign, Duration timeout) {
    this.callId = callId;
    this.campaign = campaign;
    if (timeout != null && !timeout.isNegative() && !timeout.isZero()) {
      this.timeout = timeout;
    }
  }

  void requested(ClarificationRequested request) {
    if (pending != null) {
      log.info("call {}: still waiting on a clarification; ignored another", callId);
      return;
    }
    if (Workflow.getVersion(CLARIFICATION_CHANGE, Workflow.DEFAULT_VERSION, 1)
        == Workflow.DEFAULT_VERSION) {
      return;
    }
    pending = request;
    pendingSince = Instant.ofEpochMilli(Workflow.currentTimeMillis());
    int number = ++asked;
    log.info("call {}: agent asks a supervisor: {}", callId, request.question());
    Workflow.upsertTypedSearchAttributes(
        SearchAttributes.PENDING_CLARIFICATION.valueSet(request.question()));
    Async.procedure(this::awaitAnswer, number, request, pendingSince);
  }

  /** Refuses an answer when no question waits for one: it never enters the history. */
  void validate(ClarificationReply reply) {
    if (pending == null) {
      throw UpdateRefusal.of(
          NO_PENDING_CLARIFICATION, "Call " + callId + " has no pending clarification to answer.");
    }
    if (reply == null || reply.response() == null || reply.response().isBlank()) {
      throw UpdateRefusal.of("INVALID_REQUEST", "'response' must not be blank.");
    }
  }

  OverrideResult answer(ClarificationReply reply) {
    ClarificationRequested question = pending;
    Instant askedAt = pendingSince;
    clear();
    log.info("call {}: supervisor {} answered the clarification", callId, reply.keyId());
    record(question, askedAt, ClarificationRecord.ANSWERED, reply.keyId(), reply.response());
    MediaDelivery delivery =
        media.deliver(
            host ->
                host.answerClarification(
                    new ClarificationAnswer(callId, question.question(), reply.response(), true)));
    return delivery.delivered()
        ? new OverrideResult(OverrideResult.SUCCESS, "The agent tells the callee the answer.")
        : new OverrideResult(OverrideResult.NOT_DELIVERED, delivery.detail());
  }

  ClarificationState state() {
    return new ClarificationState(
        pending == null ? null : pending.question(), pendingSince, openQuestions);
  }

  /** A question that timed out unanswered, for the call's outcome; null when none. */
  String openQuestion() {
    return openQuestions.isEmpty() ? null : String.join(" | ", openQuestions);
  }

  private void awaitAnswer(int number, ClarificationRequested request, Instant askedAt) {
    record(request, askedAt, ClarificationRecord.PENDING, null, null);
    Duration left = timeout.minusMillis(Workflow.currentTimeMillis() - askedAt.toEpochMilli());
    boolean settled =
        asked != number
            || pending == null
            || Workflow.await(
                left.isNegative() ? Duration.ZERO : left, () -> asked != number || pending == null);
    if (settled) {
      return;
    }
    ClarificationRequested question = pending;
    clear();
    record(question, askedAt, ClarificationRecord.TIMED_OUT, null, null);
    openQuestions.add(question.question());
    log.info("call {}: no answer in {}; the agent says the fallback", callId, timeout);
    media.deliver(
        host ->
            host.answerClarification(
                new ClarificationAnswer(callId, question.question(), FALLBACK, false)));
  }

  private void record(
      ClarificationRequested question,
      Instant askedAt,
      String status,
      String answeredBy,
      String response) {
    try {
      store.recordClarification(
          new ClarificationRecord(
              callId,
              asked,
              campaign == null ? null : campaign.campaignId(),
              campaign == null ? null : campaign.contactId(),
              question.question(),
              status,
              askedAt,
              ClarificationRecord.PENDING.equals(status)
                  ? null
                  : Instant.ofEpochMilli(Workflow.currentTimeMillis()),
              answeredBy,
              response,
              ClarificationRecord.PENDING.equals(status) ? askedAt.plus(timeout) : null));
    } catch (ActivityFailure failure) {
      log.warn("call {}: clarification not listed as {}", callId, status, failure);
    }
  }

  private void clear() {
    pending = null;
    pendingSince = null;
    Workflow.upsertTypedSearchAttributes(SearchAttributes.PENDING_CLARIFICATION.valueUnset());
  }
}
