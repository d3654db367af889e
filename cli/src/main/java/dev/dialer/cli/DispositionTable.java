package dev.dialer.cli;

import dev.dialer.workflows.call.Disposition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's closing table: one row per sim outcome (the last digits that script it), with how its
 * contacts ended and how many dials they took.
 */
final class DispositionTable {

  static final List<String> HEADER =
      List.of("", "digits", "expected", "contacts", "final states", "attempts", "right");

  private DispositionTable() {}

  static String render(List<ContactResult> results) {
    Map<Disposition, List<ContactResult>> byOutcome =
        results.stream()
            .sorted(Comparator.comparing(result -> result.contact().lastDigit()))
            .collect(
                Collectors.groupingBy(
                    result -> result.contact().expected(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<List<String>> lines = new ArrayList<>();
    lines.add(HEADER);
    byOutcome.forEach((expected, group) -> lines.add(row(expected, group)));
    return TextTable.render(lines);
  }

  private static List<String> row(Disposition expected, List<ContactResult> group) {
    long right = group.stream().filter(ContactResult::ok).count();
    return List.of(
        right == group.size() ? "✓" : "✗",
        digits(group),
        expected.name(),
        String.valueOf(group.size()),
        tally(group, result -> result.view() == null ? "MISSING" : result.view().state()),
        attempts(group),
        right + "/" + group.size());
  }

  /** {@code 0–4} for a run of digits, else the digits themselves: {@code 5}, {@code 1, 3}. */
  static String digits(List<ContactResult> group) {
    TreeSet<Character> digits =
        group.stream()
            .map(result -> result.contact().lastDigit())
            .collect(Collectors.toCollection(TreeSet::new));
    boolean run = digits.last() - digits.first() == digits.size() - 1;
    return run && digits.size() > 2
        ? digits.first() + "–" + digits.last()
        : digits.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** {@code 3 each}, or how many contacts took how many dials: {@code 3×19 · 1×1}. */
  static String attempts(List<ContactResult> group) {
    Map<Integer, Long> counts =
        group.stream()
            .filter(result -> result.view() != null)
            .collect(
                Collectors.groupingBy(
                    result -> result.view().attemptsOrZero(),
                    () -> new TreeMap<Integer, Long>(Comparator.reverseOrder()),
                    Collectors.counting()));
    if (counts.size() == 1 && counts.values().iterator().next() == group.size()) {
      return counts.keySet().iterator().next() + " each";
    }
    return counts.entrySet().stream()
        .map(entry -> entry.getKey() + "×" + entry.getValue())
        .collect(Collectors.joining(" · "));
  }

  /** {@code EXHAUSTED 19 · DONE 1}: the most common first. */
  static String tally(List<ContactResult> group, Function<ContactResult, String> key) {
    Map<String, Long> counts =
        group.stream()
            .collect(
                Collectors.groupingBy(
                    result -> String.valueOf(key.apply(result)),
                    TreeMap::new,
                    Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(entry -> entry.getKey() + " " + entry.getValue())
        .collect(Collectors.joining(" · "));
  }
}
