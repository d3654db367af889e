package dev.dialer.media.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts {@code [[command]]} markers out of a model's streamed reply, one parser per reply. Tokens
 * split a marker anywhere ({@code "[["}, {@code "pre"}, {@code "ss:1]]"}), so text that might be
 * the start of a marker is held back until it is known. A marker that is malformed, unknown, or
 * never closed is dropped: nothing between {@code [[} and {@code ]]} is ever spoken.
 */
public final class CommandParser {

  private static final Logger log = LoggerFactory.getLogger(CommandParser.class);

  /** Longer than any real marker; a longer run after {@code [[} is garbage, not a command. */
  static final int MAX_MARKER = 300;

  private static final Pattern DIGITS = Pattern.compile("[0-9w#*]{1,32}");
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  private final StringBuilder pending = new StringBuilder();
  private boolean inMarker;

  /** The pieces this token completes, in order. */
  public List<ReplyPiece> feed(String token) {
    List<ReplyPiece> out = new ArrayList<>();
    pending.append(token);
    drain(out);
    return out;
  }

  /** The end of the reply: held-back text is spoken, an unclosed marker is dropped. */
  public List<ReplyPiece> finish() {
    List<ReplyPiece> out = new ArrayList<>();
    if (inMarker) {
      log.warn("dropped an unclosed command marker: {}", abbreviated(pending));
    } else if (!pending.isEmpty()) {
      out.add(ReplyPiece.spoken(pending.toString()));
    }
    pending.setLength(0);
    inMarker = false;
    return out;
  }

  private void drain(List<ReplyPiece> out) {
    while (!pending.isEmpty()) {
      if (inMarker) {
        int close = pending.indexOf("]]");
        if (close < 0) {
          if (pending.length() > MAX_MARKER) {
            log.warn("dropped an overlong command marker: {}", abbreviated(pending));
            pending.setLength(0);
            inMarker = false;
          }
          return;
        }
        parse(pending.substring(0, close)).map(ReplyPiece::of).ifPresent(out::add);
        pending.delete(0, close + 2);
        inMarker = false;
        continue;
      }
      int open = pending.indexOf("[[");
      if (open >= 0) {
        emit(out, pending.substring(0, open));
        pending.delete(0, open + 2);
        inMarker = true;
        continue;
      }
      // A trailing "[" may be the first half of "[["; keep it until the next token says.
      int keep = pending.charAt(pending.length() - 1) == '[' ? 1 : 0;
      emit(out, pending.substring(0, pending.length() - keep));
      pending.delete(0, pending.length() - keep);
      return;
    }
  }

  private static void emit(List<ReplyPiece> out, String text) {
    if (!text.isEmpty()) {
      out.add(ReplyPiece.spoken(text));
    }
  }

  /** The command a marker's inside names, or empty (logged) when it is not a valid one. */
  static Optional<AgentCommand> parse(String inside) {
    String body = inside.strip();
    int colon = body.indexOf(':');
    String name = (colon < 0 ? body : body.substring(0, colon)).strip().toLowerCase();
    String argument = colon < 0 ? null : body.substring(colon + 1).strip();
    Optional<AgentCommand> command =
        switch (name) {
          case AgentCommand.END_CALL, AgentCommand.OPT_OUT ->
              argument == null || argument.isEmpty()
                  ? Optional.of(new AgentCommand(name, null))
                  : Optional.empty();
          case AgentCommand.PRESS -> valid(name, argument, DIGITS);
          case AgentCommand.TRANSFER -> valid(name, argument, E164);
          case AgentCommand.REQUEST_USER ->
              argument == null || argument.isEmpty()
                  ? Optional.empty()
                  : Optional.of(new AgentCommand(name, argument));
          default -> Optional.empty();
        };
    if (command.isEmpty()) {
      log.warn("dropped a malformed or unknown command marker: [[{}]]", abbreviated(body));
    }
    return command;
  }

  private static Optional<AgentCommand> valid(String name, String argument, Pattern pattern) {
    if (argument == null) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(argument);
    return matcher.matches() ? Optional.of(new AgentCommand(name, argument)) : Optional.empty();
  }

  private static String abbreviated(CharSequence text) {
    return text.length() <= 60 ? text.toString() : text.subSequence(0, 60) + "…";
  }
}
