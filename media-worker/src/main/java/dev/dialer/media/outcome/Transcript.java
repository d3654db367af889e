package dev.dialer.media.outcome;

import java.util.Map;
import java.util.TreeMap;

/**
 * What was said on a call, turn by turn, as the outcome's reader gets it. A turn stored again (an
 * agent turn the callee cut off) replaces what it held.
 */
public final class Transcript {

  private final Map<Integer, String> lines = new TreeMap<>();

  public synchronized void agent(int seq, String text) {
    if (text != null && !text.isBlank()) {
      lines.put(seq, "Agent: " + text.strip());
    }
  }

  public synchronized void callee(int seq, String text, String digit) {
    if (digit != null) {
      lines.put(seq, "Callee pressed " + digit);
    } else if (text != null && !text.isBlank()) {
      lines.put(seq, "Callee: " + text.strip());
    }
  }

  public synchronized boolean isEmpty() {
    return lines.isEmpty();
  }

  /** One line per turn: {@code Agent: …}, {@code Callee: …} or {@code Callee pressed 1}. */
  public synchronized String text() {
    return String.join("\n", lines.values());
  }
}
