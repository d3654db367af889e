package dev.dialer.api.demo;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The calls compliance did not dial: when each may be called, in the callee's terms, and why. */
final class WaitingList {

  private static final int REASON_LENGTH = 50;

  private WaitingList() {}

  /** The closing sections, or an empty string when every call was dialed. */
  static String render(List<DemoRow> rows) {
    StringBuilder text = new StringBuilder();
    List<DemoRow> waiting = rows.stream().filter(DemoRow::waiting).toList();
    if (!waiting.isEmpty()) {
      text.append("Waiting for their calling window:\n");
      waiting.forEach(row -> text.append(line(row, next(row))));
    }
    List<DemoRow> blocked = rows.stream().filter(row -> row.notDialed() && !row.waiting()).toList();
    if (!blocked.isEmpty()) {
      text.append("Never to be called (do-not-call):\n");
      blocked.forEach(row -> text.append(line(row, "")));
    }
    return text.isEmpty() ? "" : text.append('\n').toString();
  }

  private static String line(DemoRow row, String when) {
    String reason = shorten(row.latest().complianceReason());
    return ("  "
                + ResultTable.shortId(row.latest().callId())
                + "  "
                + row.call().to()
                + "  "
                + when
                + (reason.isEmpty() ? "" : (when.isEmpty() ? "" : " — ") + reason))
            .stripTrailing()
        + "\n";
  }

  /** {@code from Sun 08:00 HST (2026-11-22T18:00:00Z)}, or the raw value if it is no instant. */
  static String next(DemoRow row) {
    String value = row.latest().nextAllowedAt();
    try {
      Instant next = Instant.parse(value);
      return "from " + row.call().area().localTime(next) + " (" + next + ")";
    } catch (DateTimeParseException e) {
      return "from " + value;
    }
  }

  static String shorten(String reason) {
    if (reason == null) {
      return "";
    }
    String flat = reason.strip().replaceAll("\\s+", " ");
    return flat.length() <= REASON_LENGTH
        ? flat
        : flat.substring(0, REASON_LENGTH - 1).stripTrailing() + "…";
  }
}
