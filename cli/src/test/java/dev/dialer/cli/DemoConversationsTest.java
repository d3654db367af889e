package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoConversationsTest {

  @Test
  void givenATranscript_whenExcerpted_itShouldShowItsFirstTurnsWithKeysPressedAndLongLinesCut() {
    ContactView view = new ContactView("+12125550171", "BLOCKED", 1, "OPTED_OUT", null, "call-1");
    List<DemoConversations.Turn> turns =
        List.of(
            new DemoConversations.Turn("agent", "Hello. " + "word ".repeat(40), null),
            new DemoConversations.Turn("callee", "", "9"),
            new DemoConversations.Turn("agent", "You have been removed. Goodbye. ", null),
            new DemoConversations.Turn("system", "one", null),
            new DemoConversations.Turn("agent", "never shown", null));

    String excerpt = DemoConversations.excerpt(view, turns);

    assertThat(excerpt.lines().toList())
        .hasSize(1 + DemoConversations.SHOWN_TURNS)
        .first()
        .isEqualTo("  +12125550171 (OPTED_OUT)");
    assertThat(excerpt).contains("    callee: [pressed 9]").doesNotContain("never shown");
    assertThat(excerpt.lines()).allMatch(line -> line.length() <= DemoConversations.LINE_WIDTH);
  }
}
