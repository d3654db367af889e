package dev.dialer.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows progress on one line rewritten in place on a terminal; when the output is a file or a pipe,
 * carriage returns would pile up, so it prints a plain line every few seconds instead.
 */
final class ProgressPrinter {

  private static final Duration PLAIN_INTERVAL = Duration.ofSeconds(5);

  private final PrintStream out;
  private final boolean terminal;
  private String lastLine = "";
  private String lastPrinted = "";
  private long lastPrintNanos;

  ProgressPrinter(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void show(String line) {
    if (terminal) {
      // Pads over the tail of a longer previous line.
      out.print("\r" + line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
      out.flush();
    } else if (lastPrinted.isEmpty()
        || System.nanoTime() - lastPrintNanos >= PLAIN_INTERVAL.toNanos()) {
      printPlain(line);
    }
    lastLine = line;
  }

  void finish() {
    if (terminal && !lastLine.isEmpty()) {
      out.println();
    } else if (!terminal && !lastLine.equals(lastPrinted)) {
      printPlain(lastLine);
    }
  }

  private void printPlain(String line) {
    out.println(line);
    lastPrinted = line;
    lastPrintNanos = System.nanoTime();
  }
}
