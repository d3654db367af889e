package dev.dialer.media.conversation;

import dev.dialer.media.agent.AgentCommand;
import dev.dialer.media.agent.CommandParser;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One reply of the agent while it streams: what was spoken, the commands it gave, when its first
 * token and first text frame came, and whether the callee cut it off. The model's callbacks are
 * handed to the conversation, which serializes them with the socket's own messages.
 */
final class AgentTurn implements StreamingChatResponseHandler {

  final int seq;
  final Instant startedAt;
  final long receivedNanos;
  final CommandParser parser = new CommandParser();
  final StringBuilder spoken = new StringBuilder();
  final StringBuilder digits = new StringBuilder();
  final List<AgentCommand> commands = new ArrayList<>();
  long requestNanos;
  long firstTokenNanos;
  long firstFrameNanos;
  boolean complete;
  String heard;

  private final Conversation conversation;

  AgentTurn(Conversation conversation, int seq, Instant startedAt, long receivedNanos) {
    this.conversation = conversation;
    this.seq = seq;
    this.startedAt = startedAt;
    this.receivedNanos = receivedNanos;
  }

  boolean interrupted() {
    return heard != null;
  }

  /** What the callee heard of this turn: all of it, or the part before they spoke over it. */
  String text() {
    return heard != null ? heard : spoken.toString();
  }

  @Override
  public void onPartialResponse(String token) {
    conversation.token(this, token);
  }

  @Override
  public void onCompleteResponse(ChatResponse response) {
    conversation.complete(this);
  }

  @Override
  public void onError(Throwable error) {
    conversation.failed(this, error);
  }
}
