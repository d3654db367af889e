package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.DayHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code {start, end, days}} as {@link CallingHours}: the same hours on each listed day. */
final class CallingHoursParser {

  private static final String FIELD = "schedule.callingHours";

  private CallingHoursParser() {}

  /**
   * @param base the current hours; parts the body leaves out are taken from them
   */
  static CallingHours parse(CallingHoursBody body, CallingHours base) {
    DayHours current = base == null ? null : uniform(base);
    LocalTime start = time("start", body.start(), current == null ? null : current.start());
    LocalTime end = time("end", body.end(), current == null ? null : current.end());
    Set<DayOfWeek> days =
        body.days() != null
            ? days(body.days())
            : base != null ? EnumSet.copyOf(base.days().keySet()) : EnumSet.allOf(DayOfWeek.class);
    Map<DayOfWeek, DayHours> hours = new EnumMap<>(DayOfWeek.class);
    days.forEach(day -> hours.put(day, new DayHours(start, end)));
    List<LocalDate> excluded =
        body.excludeDates() != null
            ? dates(body.excludeDates())
            : base == null ? List.of() : base.excludeDates();
    Boolean holidays =
        body.excludeHolidays() != null
            ? body.excludeHolidays()
            : base == null ? null : base.excludeHolidays();
    return new CallingHours(hours, excluded, holidays);
  }

  private static List<LocalDate> dates(List<String> values) {
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String field = FIELD + ".excludeDates[" + i + "]";
      String value = values.get(i);
      try {
        dates.add(LocalDate.parse(value == null ? "" : value.trim()));
      } catch (DateTimeParseException e) {
        throw ApiException.invalid(
            field, "'" + field + "' must be a date such as 2026-12-24; got '" + value + "'.");
      }
    }
    return dates.stream().distinct().sorted().toList();
  }

  /** The hours every day shares, or null when days differ (or there are none). */
  static DayHours uniform(CallingHours hours) {
    List<DayHours> distinct = hours.days().values().stream().distinct().toList();
    return distinct.size() == 1 ? distinct.get(0) : null;
  }

  private static LocalTime time(String part, String value, LocalTime current) {
    String field = FIELD + "." + part;
    if (value == null) {
      if (current == null) {
        throw ApiException.invalid(field, "'" + field + "' is required, such as 09:00.");
      }
      return current;
    }
    try {
      return LocalTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          field, "'" + field + "' must be a time of day such as 09:00; got '" + value + "'.");
    }
  }

  private static Set<DayOfWeek> days(List<String> values) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < values.size(); i++) {
      days.add(day(FIELD + ".days[" + i + "]", values.get(i)));
    }
    return days;
  }

  private static DayOfWeek day(String field, String value) {
    String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name) || (name.length() == 3 && day.name().startsWith(name))) {
        return day;
      }
    }
    throw ApiException.invalid(
        field, "'" + field + "' must be a day such as MON or MONDAY; got '" + value + "'.");
  }
}
