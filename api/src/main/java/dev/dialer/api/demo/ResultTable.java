package dev.dialer.api.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The demo's closing report: one row per call, the calls waiting for their calling window, then the
 * dispositions and what went wrong.
 */
final class ResultTable {

  private static final List<String> HEADER =
      List.of("", "call", "to", "local time", "expected", "result", "took");
  private static final String NONE = "-";
  private static final int ID_LENGTH = 8;

  private ResultTable() {}

  /**
   * @param now when the report is made, to show each callee's local time
   */
  static String render(List<DemoRow> rows, Instant now) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(HEADER);
    rows.forEach(row -> lines.add(cells(row, now)));
    int[] widths = widths(lines);
    StringBuilder table = new StringBuilder();
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder();
      for (int column = 0; column < line.size(); column++) {
        String cell = line.get(column);
        text.append(cell).append(" ".repeat(widths[column] - cell.length() + 2));
      }
      table.append(text.toString().stripTrailing()).append('\n');
    }
    return table
        .append('\n')
        .append(WaitingList.render(rows))
        .append(summary(rows))
        .append('\n')
        .toString();
  }

  static String summary(List<DemoRow> rows) {
    Map<String, Long> byDisposition =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    row -> row.latest().done() ? row.latest().disposition() : "not finished",
                    TreeMap::new,
                    Collectors.counting()));
    String counts =
        byDisposition.entrySet().stream()
            .map(entry -> entry.getKey() + " " + entry.getValue())
            .collect(Collectors.joining(" · "));
    List<String> wrong = rows.stream().filter(row -> !row.ok()).map(ResultTable::why).toList();
    long notDialed = rows.stream().filter(DemoRow::notDialed).count();
    String verdict =
        wrong.isEmpty()
            ? "✓ all "
                + rows.size()
                + " calls ended as expected"
                + (notDialed == 0
                    ? "."
                    : ": "
                        + (rows.size() - notDialed)
                        + " as the sim scripts them, "
                        + notDialed
                        + " not dialed by the compliance rules.")
            : "✗ "
                + wrong.size()
                + " of "
                + rows.size()
                + " calls did not end as expected:\n  "
                + String.join("\n  ", wrong);
    return "Dispositions: " + counts + "\n" + verdict;
  }

  static String shortId(String callId) {
    return callId == null || callId.length() <= ID_LENGTH
        ? String.valueOf(callId)
        : callId.substring(0, ID_LENGTH);
  }

  private static String why(DemoRow row) {
    ApiCall call = row.latest();
    String got =
        call.done()
            ? "got "
                + call.disposition()
                + (row.deferredWithoutTime() ? " without a next time" : "")
            : "still " + (call.status() == null ? "waiting" : call.status()) + " at the timeout";
    return shortId(call.callId())
        + " to "
        + row.call().to()
        + ": expected "
        + row.call().expected()
        + ", "
        + got;
  }

  private static List<String> cells(DemoRow row, Instant now) {
    ApiCall call = row.latest();
    return List.of(
        row.ok() ? "✓" : "✗",
        shortId(call.callId()),
        row.call().to(),
        row.call().area().clock(now),
        row.call().expected().name(),
        call.done() ? call.disposition() : orNone(call.status()),
        row.notDialed() ? "not dialed" : call.duration() == null ? NONE : call.duration() + "s");
  }

  private static String orNone(String value) {
    return value == null ? NONE : value;
  }

  private static int[] widths(List<List<String>> lines) {
    int[] widths = new int[HEADER.size()];
    for (List<String> line : lines) {
      for (int column = 0; column < line.size(); column++) {
        widths[column] = Math.max(widths[column], line.get(column).length());
      }
    }
    return widths;
  }
}
