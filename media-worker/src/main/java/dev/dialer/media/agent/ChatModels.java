package dev.dialer.media.agent;

import dev.dialer.media.MediaProperties;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one model the agent talks through, chosen by {@code DIALER_LLM}, and reads outcomes with. */
@Configuration(proxyBeanMethods = false)
class ChatModels {

  @Bean
  @ConditionalOnMissingBean
  StreamingChatModel streamingChatModel(MediaProperties properties) {
    MediaProperties.Llm llm = properties.llm();
    return switch (llm.provider()) {
      case "openai" ->
          OpenAiStreamingChatModel.builder()
              .apiKey(llm.openai().apiKey())
              .baseUrl(llm.openai().baseUrl())
              .modelName(llm.openai().model())
              .timeout(llm.timeout())
              .build();
      case "ollama" ->
          OllamaStreamingChatModel.builder()
              .baseUrl(llm.ollama().baseUrl())
              .modelName(llm.ollama().model())
              .timeout(llm.timeout())
              .build();
      default -> new ScriptedChatModel();
    };
  }

  /**
   * The same provider and model, asked for one whole answer: the outcome reader's structured output
   * comes back in one piece.
   */
  @Bean
  @ConditionalOnMissingBean
  ChatModel chatModel(MediaProperties properties) {
    MediaProperties.Llm llm = properties.llm();
    return switch (llm.provider()) {
      case "openai" ->
          OpenAiChatModel.builder()
              .apiKey(llm.openai().apiKey())
              .baseUrl(llm.openai().baseUrl())
              .modelName(llm.openai().model())
              .timeout(llm.timeout())
              .build();
      case "ollama" ->
          OllamaChatModel.builder()
              .baseUrl(llm.ollama().baseUrl())
              .modelName(llm.ollama().model())
              .timeout(llm.timeout())
              .build();
      default -> new ScriptedOutcomeModel();
    };
  }
}
