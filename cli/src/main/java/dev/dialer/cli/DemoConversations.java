package dev.dialer.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the demo shows of the conversations: how many answered calls talked with the agent (a
 * transcript is stored), how many callees opted out, and the first lines of a few transcripts.
 */
final class DemoConversations {

  static final int SHOWN_CALLS = 3;
  static final int SHOWN_TURNS = 4;
  static final int LINE_WIDTH = 110;
  private static final Set<String> ANSWERED = Set.of("COMPLETED", "OPTED_OUT");

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Turn(String speaker, String text, String digits) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Transcript(String callId, List<Turn> turns) {}

  private DemoConversations() {}

  static String render(DialerApi api, List<ContactView> views) {
    int conversations = 0;
    int optedOut = 0;
    List<String> shown = new ArrayList<>();
    for (ContactView view : views) {
      if ("OPTED_OUT".equals(view.lastDisposition())) {
        optedOut++;
      }
      if (view.lastCallId() == null || !ANSWERED.contains(view.lastDisposition())) {
        continue;
      }
      List<Turn> turns = turns(api, view.lastCallId());
      if (turns.isEmpty()) {
        continue;
      }
      conversations++;
      if (shown.size() < SHOWN_CALLS) {
        shown.add(excerpt(view, turns));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("Conversations: ")
        .append(conversations)
        .append(" answered calls talked with the agent (transcripts stored); ")
        .append(optedOut)
        .append(" callees opted out (now on the internal do-not-call list).\n");
    shown.forEach(out::append);
    return out.toString();
  }

  private static List<Turn> turns(DialerApi api, String callId) {
    try {
      Transcript transcript = api.get("/api/calls/" + callId + "/transcript", Transcript.class);
      return transcript.turns() == null ? List.of() : transcript.turns();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  static String excerpt(ContactView view, List<Turn> turns) {
    StringBuilder out = new StringBuilder();
    out.append("  ").append(view.phone()).append(" (").append(view.lastDisposition()).append(")\n");
    for (Turn turn : turns.subList(0, Math.min(SHOWN_TURNS, turns.size()))) {
      String said =
          turn.text() == null || turn.text().isBlank()
              ? "[pressed " + turn.digits() + "]"
              : turn.text().strip();
      String line = "    " + turn.speaker() + ": " + said;
      out.append(line.length() > LINE_WIDTH ? line.substring(0, LINE_WIDTH - 1) + "…" : line)
          .append('\n');
    }
    return out.toString();
  }
}
