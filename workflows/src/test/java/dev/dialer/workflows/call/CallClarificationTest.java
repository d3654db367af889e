package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.SID;
import static dev.dialer.workflows.call.CallWorkflowTesting.dial;
import static dev.dialer.workflows.call.CallWorkflowTesting.finalUpdate;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.conversation.ClarificationAnswer;
import dev.dialer.workflows.conversation.ClarificationRequested;
import dev.dialer.workflows.conversation.MediaActivities;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.MediaDelivery;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/** The agent's question to a supervisor: answered in time, or the fallback after the timeout. */
class CallClarificationTest {

  private static final String QUESTION = "What is the exact balance?";

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final MediaActivities media = media();
  private final ClarificationActivities store =
      mock(ClarificationActivities.class, withSettings().withoutAnnotations());

  @RegisterExtension final TestWorkflowExtension testWorkflow = extension();

  @Test
  void givenAPendingClarification_whenASupervisorAnswersInTime_itShouldReachTheAgentAndGoOn(
      TestWorkflowEnvironment env, Worker worker, CallWorkflow workflow) throws Exception {
    ask(workflow, worker);
    assertThat(pendingAttribute(workflow)).isEqualTo(QUESTION);

    OverrideResult result =
        workflow.answerClarification(new ClarificationReply("It is $120.50.", "key-sup"));

    assertThat(result.status()).isEqualTo(OverrideResult.SUCCESS);
    verify(media)
        .answerClarification(
            new ClarificationAnswer(CallWorkflowTesting.CALL_ID, QUESTION, "It is $120.50.", true));
    env.sleep(Duration.ofMinutes(1));
    verify(media, never())
        .answerClarification(
            new ClarificationAnswer(
                CallWorkflowTesting.CALL_ID, QUESTION, CallClarifications.FALLBACK, false));
    assertThat(workflow.clarifications().pendingQuestion()).isNull();
    assertThat(workflow.clarifications().openQuestions()).isEmpty();
    assertThat(pendingAttribute(workflow)).isNull();
    assertThat(recorded())
        .containsExactlyInAnyOrder("1 PENDING", "1 ANSWERED by key-sup: It is $120.50.");
    hangUp(workflow);
    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.COMPLETED);
  }

  @Test
  void givenAPendingClarification_whenNoOneAnswersInTime_itShouldSayTheFallbackAndGoOn(
      TestWorkflowEnvironment env, Worker worker, CallWorkflow workflow) throws Exception {
    ask(workflow, worker);

    env.sleep(Duration.ofSeconds(46));
    await(() -> workflow.clarifications().pendingQuestion() == null, "the timeout passed");

    verify(media)
        .answerClarification(
            new ClarificationAnswer(
                CallWorkflowTesting.CALL_ID, QUESTION, CallClarifications.FALLBACK, false));
    verify(media, times(1)).answerClarification(any());
    assertThat(workflow.clarifications().openQuestions()).containsExactly(QUESTION);
    assertThat(recorded()).containsExactlyInAnyOrder("1 PENDING", "1 TIMED_OUT");
    assertThat(workflow.state().disposition()).isNull();
    hangUp(workflow);
    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.COMPLETED);
    ArgumentCaptor<OutcomeRecord> outcome = ArgumentCaptor.forClass(OutcomeRecord.class);
    verify(records).recordOutcome(outcome.capture());
    assertThat(outcome.getValue().outcome().openQuestion()).isEqualTo(QUESTION);
  }

  @Test
  void givenAClarificationThatTimedOut_whenASupervisorAnswersLate_itShouldBeRefused(
      TestWorkflowEnvironment env, Worker worker, CallWorkflow workflow) throws Exception {
    ask(workflow, worker);
    env.sleep(Duration.ofSeconds(46));
    await(() -> workflow.clarifications().pendingQuestion() == null, "the timeout passed");

    assertThatThrownBy(
            () -> workflow.answerClarification(new ClarificationReply("Too late.", "key-sup")))
        .isInstanceOf(WorkflowUpdateException.class)
        .satisfies(
            refusal ->
                assertThat(UpdateRefusal.codeAndMessage(refusal).orElseThrow()[0])
                    .isEqualTo(CallClarifications.NO_PENDING_CLARIFICATION));
    verify(media, times(1)).answerClarification(any());
  }

  private static void ask(CallWorkflow workflow, Worker worker) throws InterruptedException {
    dial(workflow);
    workflow.statusChanged(update("in-progress", 2));
    workflow.mediaConnected(new MediaConnected(SID, "VX1", worker.getTaskQueue()));
    workflow.clarificationRequested(new ClarificationRequested(SID, QUESTION));
    await(() -> QUESTION.equals(workflow.clarifications().pendingQuestion()), "recorded it");
  }

  /** The clarification rows the workflow wrote, in order, as "number STATUS[ by key: answer]". */
  private List<String> recorded() {
    ArgumentCaptor<ClarificationRecord> rows = ArgumentCaptor.forClass(ClarificationRecord.class);
    verify(store, atLeast(0)).recordClarification(rows.capture());
    return rows.getAllValues().stream()
        .map(
            row ->
                row.number()
                    + " "
                    + row.status()
                    + (row.answeredBy() == null
                        ? ""
                        : " by " + row.answeredBy() + ": " + row.response()))
        .toList();
  }

  private static void hangUp(CallWorkflow workflow) {
    workflow.statusChanged(finalUpdate("completed", 3, 80, null));
  }

  private static String pendingAttribute(CallWorkflow workflow) {
    return WorkflowStub.fromTyped(workflow)
        .describe()
        .getTypedSearchAttributes()
        .get(SearchAttributes.PENDING_CLARIFICATION);
  }

  private static void await(BooleanSupplier condition, String description)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the workflow never " + description);
      }
      Thread.sleep(10);
    }
  }

  private static MediaActivities media() {
    MediaActivities media = mock(MediaActivities.class, withSettings().withoutAnnotations());
    when(media.say(any())).thenReturn(new MediaDelivery(true, null));
    when(media.answerClarification(any())).thenReturn(new MediaDelivery(true, null));
    return media;
  }

  private TestWorkflowExtension extension() {
    return CallWorkflowTesting.extension(
        new Object[] {
          telephony,
          records,
          CallWorkflowTesting.compliance(CallWorkflowTesting.allowed()),
          media,
          store
        });
  }
}
