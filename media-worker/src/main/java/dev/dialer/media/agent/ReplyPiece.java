package dev.dialer.media.agent;

/**
 * A piece of a streamed reply after the markers are cut out: either text to speak or a command,
 * never both.
 */
public record ReplyPiece(String text, AgentCommand command) {

  static ReplyPiece spoken(String text) {
    return new ReplyPiece(text, null);
  }

  static ReplyPiece of(AgentCommand command) {
    return new ReplyPiece(null, command);
  }

  public boolean isText() {
    return text != null;
  }
}
