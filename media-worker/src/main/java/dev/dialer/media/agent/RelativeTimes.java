package dev.dialer.media.agent;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripted reader's grasp of "tomorrow at 5 pm" and "on Friday": days and times a callee names,
 * resolved against the call's local time. A weekday is its next one after today.
 */
final class RelativeTimes {

  private static final Pattern CLOCK =
      Pattern.compile(
          "\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

  private RelativeTimes() {}

  static Optional<LocalDate> day(String words, LocalDate today) {
    String said = words.toLowerCase(Locale.ROOT);
    Matcher iso = ISO_DATE.matcher(said);
    if (iso.find()) {
      return Optional.of(LocalDate.parse(iso.group(1)));
    }
    if (said.contains("day after tomorrow")) {
      return Optional.of(today.plusDays(2));
    }
    if (said.contains("tomorrow")) {
      return Optional.of(today.plusDays(1));
    }
    if (said.contains("today") || said.contains("tonight") || said.contains("later")) {
      return Optional.of(today);
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      if (said.contains(day.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(today.with(TemporalAdjusters.next(day)));
      }
    }
    if (said.contains("next week")) {
      return Optional.of(today.plusWeeks(1));
    }
    return Optional.empty();
  }

  static Optional<LocalTime> time(String words) {
    String said = words.toLowerCase(Locale.ROOT);
    Matcher clock = CLOCK.matcher(said);
    if (clock.find()) {
      int hour = Integer.parseInt(clock.group(1)) % 12;
      int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
      if (hour <= 11 && minute <= 59) {
        return Optional.of(LocalTime.of(clock.group(3).equals("p") ? hour + 12 : hour, minute));
      }
    }
    if (said.contains("noon")) {
      return Optional.of(LocalTime.NOON);
    }
    return Optional.empty();
  }

  /**
   * When the callee asked to be called: the day and time they named; a time alone is its next
   * occurrence, a day alone keeps the call's time of day. Empty when they named neither.
   */
  static Optional<LocalDateTime> when(String words, LocalDateTime now) {
    Optional<LocalDate> day = day(words, now.toLocalDate());
    Optional<LocalTime> time = time(words);
    if (day.isEmpty() && time.isEmpty()) {
      return Optional.empty();
    }
    LocalTime at = time.orElse(now.toLocalTime().withSecond(0).withNano(0));
    LocalDate on =
        day.orElse(
            at.isAfter(now.toLocalTime()) ? now.toLocalDate() : now.toLocalDate().plusDays(1));
    return Optional.of(on.atTime(at));
  }
}
