package dev.dialer.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What follows the table: the contacts compliance held back, with its reasons, then the verdict
 * and, when there are any, the contacts that ended wrong.
 */
final class ResultSummary {

  /** Enough to see a pattern; the report has every contact. */
  static final int MAX_LINES = 20;

  private ResultSummary() {}

  /**
   * @param now when the summary is made, to show each area code's local time
   */
  static String render(List<ContactResult> results, Instant now) {
    StringBuilder text = new StringBuilder(notDialed(results, now));
    List<ContactResult> wrong = results.stream().filter(result -> !result.ok()).toList();
    long notDialed = results.stream().filter(ContactResult::notDialed).count();
    if (wrong.isEmpty()) {
      text.append("✓ all ")
          .append(results.size())
          .append(" contacts ended as expected")
          .append(
              notDialed == 0
                  ? "."
                  : ": "
                      + (results.size() - notDialed)
                      + " as the sim scripts them, "
                      + notDialed
                      + " rightly not dialed by the compliance rules.")
          .append('\n');
      return text.toString();
    }
    text.append("✗ ")
        .append(wrong.size())
        .append(" of ")
        .append(results.size())
        .append(" contacts did not end as expected:\n");
    capped(wrong.stream().map(ContactResult::why).toList())
        .forEach(line -> text.append("  ").append(line).append('\n'));
    return text.toString();
  }

  /**
   * The held-back contacts, a line per area code: compliance defers a whole zone at once, and their
   * notes differ only in the minute they were written, so the first stands for all.
   */
  static String notDialed(List<ContactResult> results, Instant now) {
    Map<AreaCode, List<ContactResult>> byArea =
        results.stream()
            .filter(ContactResult::notDialed)
            .collect(
                Collectors.groupingBy(
                    result -> result.contact().area(), LinkedHashMap::new, Collectors.toList()));
    if (byArea.isEmpty()) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    byArea.forEach((area, group) -> lines.add(line(area, group, now)));
    StringBuilder text = new StringBuilder("Not dialed, held back by compliance:\n");
    capped(lines).forEach(line -> text.append("  ").append(line).append('\n'));
    return text.append('\n').toString();
  }

  /** {@code 212 (04:00 EST now) 2 contacts: <note>}, or {@code …, the first: <note>}. */
  private static String line(AreaCode area, List<ContactResult> group, Instant now) {
    long notes = group.stream().map(result -> why(result.view())).distinct().count();
    return area.code()
        + " ("
        + area.clock(now)
        + " now)  "
        + group.size()
        + (group.size() == 1 ? " contact: " : notes == 1 ? " contacts: " : " contacts, the first: ")
        + why(group.get(0).view());
  }

  /** The api's note, or, without one, the state and last disposition. */
  private static String why(ContactView view) {
    if (view.note() != null && !view.note().isBlank()) {
      return view.note().strip().replaceAll("\\s+", " ");
    }
    return view.state() + (view.lastDisposition() == null ? "" : ", " + view.lastDisposition());
  }

  /** At most {@link #MAX_LINES} lines, the last saying how many more there are. */
  static List<String> capped(List<String> lines) {
    if (lines.size() <= MAX_LINES) {
      return lines;
    }
    List<String> shown = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
    shown.add("… and " + (lines.size() - shown.size()) + " more (see the report)");
    return shown;
  }
}
