package dev.dialer.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.api.support.ConversationTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agent's commands reach the dashboards as {@code command_executed} events: published by the
 * media worker through the database, delivered by the api that watches the call.
 */
class CommandEventStreamTest extends ConversationTestSupport {

  @Test
  void givenASocketOnACall_whenTheAgentEndsTheConversation_itsEndCallArrivesAsCommandExecuted() {
    String to = "+16465558801";
    // With an Idempotency-Key the key is the callId: the socket listens before the call starts.
    String callId = UUID.randomUUID().toString();
    try (EventSocketClient socket =
        EventSocketClient.open(api.baseUrl(), "callId=" + callId, ApiTestSupport.API_KEY)) {
      Reply started = api.post("/api/calls", Map.of("to", to), Map.of("Idempotency-Key", callId));
      assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
      assertThat(started.body().path("callId").asText()).isEqualTo(callId);
      JsonNode command =
          socket.awaitEvent(
              e ->
                  "command_executed".equals(e.path("type").asText())
                      && "end_call".equals(e.path("command").asText()));

      assertThat(command.path("callId").asText()).isEqualTo(callId);
      assertThat(command.path("callSid").asText()).startsWith("CA");
      assertThat(command.path("timestamp").asText()).isNotBlank();
    }
  }
}
