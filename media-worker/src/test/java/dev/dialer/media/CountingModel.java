package dev.dialer.media;

import dev.dialer.media.agent.ScriptedChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The scripted model, keeping every request it got: tests see what the model was sent. */
public final class CountingModel extends ScriptedChatModel {

  public final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

  @Override
  public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
    requests.add(request);
    super.doChat(request, handler);
  }
}
