package dev.dialer.media.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandParserTest {

  @Test
  void givenAMarkerSplitAcrossTokens_whenStreamed_itShouldBeCutOutAndExecuted() {
    List<ReplyPiece> pieces = stream("Pressing now ", "[[", "pre", "ss:1]]", " done.");

    assertThat(spoken(pieces)).isEqualTo("Pressing now  done.");
    assertThat(commands(pieces)).containsExactly(new AgentCommand("press", "1"));
  }

  @Test
  void givenABracketPairSplitInTheMiddle_whenStreamed_itShouldStillBeAMarker() {
    List<ReplyPiece> pieces = stream("Goodbye. [", "[end_", "call]", "]");

    assertThat(spoken(pieces)).isEqualTo("Goodbye. ");
    assertThat(commands(pieces)).containsExactly(new AgentCommand("end_call", null));
  }

  @Test
  void givenEveryCommand_whenParsed_itShouldCarryItsArgument() {
    List<ReplyPiece> pieces =
        stream(
            "[[opt_out]][[transfer:+15551234567]][[request_user:What is the balance?]]"
                + "[[press:12#*w3]]");

    assertThat(spoken(pieces)).isEmpty();
    assertThat(commands(pieces))
        .containsExactly(
            new AgentCommand("opt_out", null),
            new AgentCommand("transfer", "+15551234567"),
            new AgentCommand("request_user", "What is the balance?"),
            new AgentCommand("press", "12#*w3"));
  }

  @Test
  void givenMalformedOrUnknownMarkers_whenStreamed_itShouldSpeakNoneOfThemAndRunNothing() {
    List<ReplyPiece> pieces =
        stream(
            "a [[press:12x]] b [[transfer:555]] c [[launch:rockets]] d [[end_call:now]] e"
                + " [[request_user:]] f");

    assertThat(spoken(pieces)).isEqualTo("a  b  c  d  e  f");
    assertThat(commands(pieces)).isEmpty();
  }

  @Test
  void givenAnUnclosedMarker_whenTheReplyEnds_itShouldBeDroppedNotSpoken() {
    List<ReplyPiece> pieces = stream("Thanks. [[end_ca");

    assertThat(spoken(pieces)).isEqualTo("Thanks. ");
    assertThat(commands(pieces)).isEmpty();
  }

  @Test
  void givenAnOverlongMarker_whenStreamed_itShouldBeDroppedAndTheTextAfterItSpoken() {
    List<ReplyPiece> pieces = stream("x [[" + "y".repeat(CommandParser.MAX_MARKER + 1), "]] z");

    assertThat(spoken(pieces)).doesNotContain("[[").doesNotContain("y").startsWith("x ");
    assertThat(commands(pieces)).isEmpty();
  }

  @Test
  void givenSingleBrackets_whenStreamed_itShouldSpeakThemAsText() {
    List<ReplyPiece> pieces = stream("Option [", "A] or [B]");

    assertThat(spoken(pieces)).isEqualTo("Option [A] or [B]");
  }

  @Test
  void givenTheScriptedModelsTokens_whenParsed_itShouldNeverSpeakAMarker() {
    String reply = "Thank you. Goodbye. [[end_call]]";
    List<ReplyPiece> pieces = stream(ScriptedChatModel.tokens(reply).toArray(String[]::new));

    assertThat(ScriptedChatModel.tokens(reply)).contains("[[");
    assertThat(spoken(pieces)).isEqualTo("Thank you. Goodbye. ");
    assertThat(commands(pieces)).containsExactly(new AgentCommand("end_call", null));
  }

  private static List<ReplyPiece> stream(String... tokens) {
    CommandParser parser = new CommandParser();
    List<ReplyPiece> pieces = new ArrayList<>();
    for (String token : tokens) {
      pieces.addAll(parser.feed(token));
    }
    pieces.addAll(parser.finish());
    return pieces;
  }

  private static String spoken(List<ReplyPiece> pieces) {
    StringBuilder text = new StringBuilder();
    pieces.stream().filter(ReplyPiece::isText).forEach(piece -> text.append(piece.text()));
    return text.toString();
  }

  private static List<AgentCommand> commands(List<ReplyPiece> pieces) {
    return pieces.stream().filter(piece -> !piece.isText()).map(ReplyPiece::command).toList();
  }
}
