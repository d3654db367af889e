package dev.dialer.media.agent;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;

/**
 * The offline default model for reading a call's outcome: a real {@link ChatModel} that answers the
 * outcome prompt with JSON read from the transcript in it, deterministically.
 */
public class ScriptedOutcomeModel implements ChatModel {

  @Override
  public ChatResponse doChat(ChatRequest request) {
    String prompt = "";
    for (ChatMessage message : request.messages()) {
      if (message instanceof UserMessage user && user.hasSingleText()) {
        prompt = user.singleText();
      }
    }
    return ChatResponse.builder()
        .aiMessage(AiMessage.from(ScriptedOutcome.answer(prompt)))
        .finishReason(FinishReason.STOP)
        .build();
  }
}
