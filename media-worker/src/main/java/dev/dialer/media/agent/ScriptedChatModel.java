package dev.dialer.media.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offline default model: a real {@link StreamingChatModel} that answers from a script per
 * purpose, streaming word by word. Markers are streamed in pieces ({@code "[["}, {@code "end_"},
 * {@code "call]]"}) as real models split them, so the same parser handles both.
 */
public class ScriptedChatModel implements StreamingChatModel {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
    String reply;
    try {
      reply = replyTo(request.messages());
    } catch (RuntimeException e) {
      handler.onError(e);
      return;
    }
    for (String token : tokens(reply)) {
      handler.onPartialResponse(token);
    }
    handler.onCompleteResponse(
        ChatResponse.builder()
            .aiMessage(AiMessage.from(reply))
            .finishReason(FinishReason.STOP)
            .build());
  }

  static String replyTo(List<ChatMessage> messages) {
    JsonNode context = JSON.createObjectNode();
    int agentTurns = 0;
    String lastCallee = null;
    for (ChatMessage message : messages) {
      if (message instanceof SystemMessage system) {
        context = context(system.text());
        String transferTo = SystemPrompt.transferNumber(system.text());
        if (transferTo != null && context instanceof ObjectNode object) {
          object.put(ScriptedReplies.TRANSFER_TO, transferTo);
        }
      } else if (message instanceof AiMessage) {
        agentTurns++;
      } else if (message instanceof UserMessage user && user.hasSingleText()) {
        lastCallee = user.singleText();
      }
    }
    Map<String, String> parameters =
        JSON.convertValue(
            context.path("customParameters"),
            JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
    return new ScriptedReplies(context, parameters == null ? Map.of() : parameters)
        .reply(agentTurns, lastCallee);
  }

  private static JsonNode context(String system) {
    int at = system.indexOf(SystemPrompt.CONTEXT_HEADER);
    if (at < 0) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(system.substring(at + SystemPrompt.CONTEXT_HEADER.length()));
    } catch (JsonProcessingException e) {
      return JSON.createObjectNode();
    }
  }

  /** Words with their trailing space; a marker in three pieces. */
  static List<String> tokens(String reply) {
    List<String> tokens = new ArrayList<>();
    for (String word : reply.split("(?<= )")) {
      if (word.startsWith("[[") && word.length() > 6) {
        int middle = 2 + (word.length() - 2) / 2;
        tokens.add("[[");
        tokens.add(word.substring(2, middle));
        tokens.add(word.substring(middle));
      } else {
        tokens.add(word);
      }
    }
    return tokens;
  }
}
