package dev.dialer.media.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.media.RelayClient;
import dev.dialer.media.RunningMediaWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The real langchain4j OpenAI and Ollama clients, each through one conversation against a local
 * server speaking that provider's streaming protocol: chat completions over SSE, Ollama's {@code
 * /api/chat} as NDJSON.
 */
class StandInModelsTest {

  private static final List<List<String>> REPLIES =
      List.of(
          List.of("Hello Ana, ", "this is an automated ", "assistant. When can you pay?"),
          List.of("Thank you, ", "goodbye. [", "[end_", "call]]"));

  @Test
  void givenDialerLlmOpenai_whenACalleeTalks_itShouldStreamTheChatCompletionsReplies()
      throws Exception {
    try (StandInModelServer openai =
            new StandInModelServer(
                "/v1/chat/completions", "text/event-stream", StandInModelsTest::sse);
        RunningMediaWorker worker =
            new RunningMediaWorker(
                null,
                "--dialer.media.llm.provider=openai",
                "--dialer.media.llm.openai.api-key=sk-test",
                "--dialer.media.llm.openai.model=gpt-test",
                "--dialer.media.llm.openai.base-url=" + openai.baseUrl() + "/v1")) {
      RelayClient relay = converse(worker);

      assertThat(relay.agentTurns())
          .containsExactly(
              "Hello Ana, this is an automated assistant. When can you pay?",
              "Thank you, goodbye. ");
      assertThat(openai.authorizations).allMatch("Bearer sk-test"::equals);
      assertThat(openai.requests.get(0)).contains("gpt-test").contains("Call Context:");
      assertThat(openai.requests.get(1)).contains("Friday works.");
    }
  }

  @Test
  void givenDialerLlmOllama_whenACalleeTalks_itShouldStreamTheApiChatReplies() throws Exception {
    try (StandInModelServer ollama =
            new StandInModelServer("/api/chat", "application/x-ndjson", StandInModelsTest::ndjson);
        RunningMediaWorker worker =
            new RunningMediaWorker(
                null,
                "--dialer.media.llm.provider=ollama",
                "--dialer.media.llm.ollama.model=llama-test",
                "--dialer.media.llm.ollama.base-url=" + ollama.baseUrl())) {
      RelayClient relay = converse(worker);

      assertThat(relay.agentTurns())
          .containsExactly(
              "Hello Ana, this is an automated assistant. When can you pay?",
              "Thank you, goodbye. ");
      assertThat(ollama.requests.get(0)).contains("llama-test").contains("Call Context:");
      assertThat(ollama.requests.get(1)).contains("Friday works.");
    }
  }

  /** Greeting, one answer from the callee, and the model's goodbye with [[end_call]]. */
  private static RelayClient converse(RunningMediaWorker worker) throws Exception {
    String callId = "standin-" + UUID.randomUUID();
    String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
    RelayClient relay = worker.openRelay(callId, callSid, "+16465550161");
    relay.send(
        "{\"type\":\"prompt\",\"voicePrompt\":\"Friday works.\",\"lang\":\"en-US\",\"last\":true}");
    Awaitility.await("end")
        .atMost(Duration.ofSeconds(10))
        .until(() -> relay.received.stream().anyMatch(m -> "end".equals(type(m))));
    return relay;
  }

  private static String type(JsonNode message) {
    return message.path("type").asText();
  }

  private static List<String> sse(int request) {
    List<String> chunks = new ArrayList<>();
    for (String token : REPLIES.get(Math.min(request, 1))) {
      chunks.add(
          "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
              + "\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
              + "\"content\":"
              + quote(token)
              + "},\"finish_reason\":null}]}\n\n");
    }
    chunks.add(
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
            + "\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":{},"
            + "\"finish_reason\":\"stop\"}]}\n\n");
    chunks.add("data: [DONE]\n\n");
    return chunks;
  }

  private static List<String> ndjson(int request) {
    List<String> chunks = new ArrayList<>();
    for (String token : REPLIES.get(Math.min(request, 1))) {
      chunks.add(
          "{\"model\":\"llama-test\",\"created_at\":\"2024-01-01T00:00:00Z\",\"message\":"
              + "{\"role\":\"assistant\",\"content\":"
              + quote(token)
              + "},\"done\":false}\n");
    }
    chunks.add(
        "{\"model\":\"llama-test\",\"created_at\":\"2024-01-01T00:00:00Z\",\"message\":"
            + "{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\","
            + "\"total_duration\":1,\"prompt_eval_count\":3,\"eval_count\":4}\n");
    return chunks;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
