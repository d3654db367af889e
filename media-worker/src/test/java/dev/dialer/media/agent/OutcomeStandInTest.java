package dev.dialer.media.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.media.MediaProperties;
import dev.dialer.media.outcome.OutcomeReader;
import dev.dialer.media.outcome.Transcript;
import dev.dialer.workflows.conversation.CallOutcome;
import dev.dialer.workflows.conversation.PromiseToPay;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outcome read through the real langchain4j OpenAI client, against a local server answering
 * chat completions as OpenAI does: the model's JSON becomes the call's outcome, its local times in
 * the callee's zone.
 */
class OutcomeStandInTest {

  private static final ZonedDateTime CALL_TIME =
      ZonedDateTime.of(LocalDateTime.of(2025, 3, 4, 14, 5), ZoneId.of("America/Denver"));

  private static final String ANSWER =
      "{\"promiseToPay\":{\"amount\":\"$80\",\"date\":\"2025-03-07\"},\"disputed\":false,"
          + "\"paidAlready\":false,\"callbackRequested\":{\"at\":\"2025-03-05T09:30\"},"
          + "\"wrongPerson\":false,\"optedOut\":false,\"openQuestion\":null,"
          + "\"summary\":\"Promised $80 on Friday; call back tomorrow morning.\"}";

  @Test
  void givenDialerLlmOpenai_whenACallEnds_itShouldReadTheOutcomeFromTheChatCompletion()
      throws Exception {
    try (StandInModelServer openai =
        new StandInModelServer(
            "/v1/chat/completions", "application/json", request -> List.of(completion()))) {
      OutcomeReader reader = new OutcomeReader(new ChatModels().chatModel(openai(openai)));
      Transcript transcript = new Transcript();
      transcript.agent(1, "When will you be able to pay?");
      transcript.callee(2, "80 dollars on Friday, and call me back tomorrow at 9:30.", null);

      CallOutcome outcome = reader.read("oa-1", Script.PAYMENT_REMINDER, CALL_TIME, transcript);

      assertThat(outcome.promiseToPay())
          .isEqualTo(new PromiseToPay("$80", LocalDate.of(2025, 3, 7)));
      assertThat(outcome.callbackRequested().at())
          .isEqualTo(CALL_TIME.plusDays(1).withHour(9).withMinute(30).toInstant());
      assertThat(outcome.summary()).startsWith("Promised $80");
      assertThat(openai.authorizations).containsExactly("Bearer sk-test");
      assertThat(openai.requests.get(0))
          .contains("gpt-test")
          .contains("Call time: Tuesday 2025-03-04T14:05 America/Denver")
          .contains("call me back tomorrow at 9:30");
    }
  }

  private static MediaProperties openai(StandInModelServer server) {
    return new MediaProperties(
        "",
        "local",
        "Dialer",
        "9",
        Duration.ofSeconds(10),
        20,
        new MediaProperties.Llm(
            "openai",
            new MediaProperties.OpenAi("sk-test", server.baseUrl() + "/v1", "gpt-test"),
            new MediaProperties.Ollama("http://127.0.0.1:1", "llama-test"),
            Duration.ofSeconds(10)),
        new MediaProperties.Temporal("127.0.0.1:1", "default", false),
        new MediaProperties.Twilio("", "ws://127.0.0.1:1/relay"),
        "",
        java.util.List.of());
  }

  private static String completion() {
    return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-test\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
        + quote(ANSWER)
        + "},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10,\"total_tokens\":20}}";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
