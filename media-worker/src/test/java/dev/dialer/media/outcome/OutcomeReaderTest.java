package dev.dialer.media.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.media.agent.Script;
import dev.dialer.media.agent.ScriptedOutcomeModel;
import dev.dialer.workflows.conversation.CallOutcome;
import dev.dialer.workflows.conversation.PromiseToPay;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/** The outcome read from the sim personas' transcripts by the scripted model, and failures. */
class OutcomeReaderTest {

  /** A Tuesday afternoon in Chicago; what the callee says is read against it. */
  private static final ZonedDateTime CALL_TIME =
      ZonedDateTime.of(LocalDateTime.of(2025, 3, 4, 14, 5), ZoneId.of("America/Chicago"));

  private static final String OPENING =
      "Hello Ana. This is an automated AI voice assistant calling for Acme. You can say stop or"
          + " press 9 at any time to opt out. I am calling about your payment of $120.00 due on"
          + " 2025-03-01. When will you be able to pay? Press 1 if you can pay today.";

  private final OutcomeReader scripted = new OutcomeReader(new ScriptedOutcomeModel());

  @Test
  void givenPersonaZerosPromise_whenRead_itShouldBeAPromiseOfTheAmountOnTheDayItSaid() {
    CallOutcome outcome =
        scripted.read(
            "c0",
            Script.PAYMENT_REMINDER,
            CALL_TIME,
            said("Yes, that works. I can pay on Friday."));

    LocalDate friday = CALL_TIME.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    assertThat(outcome.promiseToPay()).isEqualTo(new PromiseToPay("$120.00", friday));
    assertThat(outcome.labels()).containsExactly(CallOutcome.PROMISE_TO_PAY);
    assertThat(outcome.summary())
        .isEqualTo("The callee promised to pay $120.00 on " + friday + ".");
    assertThat(outcome.unknownReason()).isNull();
  }

  @Test
  void givenPersonaOnesCallback_whenRead_itShouldBeTomorrowAtFivePmInTheCalleesZone() {
    CallOutcome outcome =
        scripted.read(
            "c1",
            Script.PAYMENT_REMINDER,
            CALL_TIME,
            said("I am busy right now. Please call me back tomorrow at 5 pm."));

    assertThat(outcome.callbackRequested().at())
        .isEqualTo(CALL_TIME.plusDays(1).withHour(17).withMinute(0).toInstant());
    assertThat(outcome.promiseToPay()).isNull();
    assertThat(outcome.labels()).containsExactly(CallOutcome.CALLBACK_REQUESTED);
  }

  @Test
  void givenPersonaNinesWrongNumber_whenRead_itShouldBeAWrongPerson() {
    CallOutcome outcome =
        scripted.read(
            "c9", Script.PAYMENT_REMINDER, CALL_TIME, said("Sorry, you have the wrong number."));

    assertThat(outcome.wrongPerson()).isTrue();
    assertThat(outcome.promiseToPay()).isNull();
    assertThat(outcome.labels()).containsExactly(CallOutcome.WRONG_PERSON);
  }

  @Test
  void givenAModelThatFails_whenRead_itShouldGiveASummaryAndTheReasonInsteadOfNoOutcome() {
    ChatModel down =
        new ChatModel() {
          @Override
          public ChatResponse doChat(ChatRequest request) {
            throw new IllegalStateException("connection refused");
          }
        };

    CallOutcome outcome =
        new OutcomeReader(down)
            .read("cx", Script.PAYMENT_REMINDER, CALL_TIME, said("I can pay on Friday."));

    assertThat(outcome.unknownReason()).contains("connection refused");
    assertThat(outcome.summary()).contains("I can pay on Friday.");
    assertThat(outcome.promiseToPay()).isNull();
  }

  @Test
  void givenAModelThatAnswersBadJson_whenRead_itShouldGiveAnUnknownOutcome() {
    ChatModel garbled =
        new ChatModel() {
          @Override
          public ChatResponse doChat(ChatRequest request) {
            return ChatResponse.builder()
                .aiMessage(AiMessage.from("{\"promiseToPay\": [1,"))
                .build();
          }
        };

    CallOutcome outcome =
        new OutcomeReader(garbled)
            .read("cy", Script.PAYMENT_REMINDER, CALL_TIME, said("I can pay on Friday."));

    assertThat(outcome.unknownReason()).isNotNull();
    assertThat(outcome.labels()).containsExactly(CallOutcome.UNKNOWN);
  }

  private static Transcript said(String words) {
    Transcript transcript = new Transcript();
    transcript.agent(1, OPENING);
    transcript.callee(2, words, null);
    transcript.agent(3, "Thank you, goodbye.");
    return transcript;
  }
}
