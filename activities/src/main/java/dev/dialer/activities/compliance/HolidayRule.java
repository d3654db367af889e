package dev.dialer.activities.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * A holiday as the law defines it, for any year: {@code FIXED 07-04}, {@code NTH 3 MON 01} (third
 * Monday of January), {@code LAST MON 05}, {@code EASTER -47} (days from Easter Sunday).
 *
 * @param shifts whether a weekend date is observed on the Friday before (Saturday) or the Monday
 *     after (Sunday), as 5 U.S.C. 6103(b) does for federal holidays
 * @param since the first year the holiday exists (Juneteenth: 2021)
 */
public record HolidayRule(String name, String rule, boolean shifts, int since) {

  public HolidayRule {
    actualIn(since, rule);
  }

  /** The holiday's own date in {@code year}; empty before it existed. */
  public Optional<LocalDate> actual(int year) {
    return year < since ? Optional.empty() : Optional.of(actualIn(year, rule));
  }

  /** The weekday it is observed on in {@code year}; the actual date when it falls on a weekday. */
  public Optional<LocalDate> observed(int year) {
    return actual(year)
        .map(
            day -> {
              if (!shifts) {
                return day;
              }
              return switch (day.getDayOfWeek()) {
                case SATURDAY -> day.minusDays(1);
                case SUNDAY -> day.plusDays(1);
                default -> day;
              };
            });
  }

  private static LocalDate actualIn(int year, String rule) {
    String[] parts = rule.trim().toUpperCase(Locale.ROOT).split("\\s+");
    try {
      return switch (parts[0]) {
        case "FIXED" -> LocalDate.parse(year + "-" + parts[1]);
        case "NTH" ->
            LocalDate.of(year, month(parts[3]), 1)
                .with(
                    TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(parts[1]), dow(parts[2])));
        case "LAST" ->
            LocalDate.of(year, month(parts[2]), 1)
                .with(TemporalAdjusters.lastInMonth(dow(parts[1])));
        case "EASTER" -> easter(year).plusDays(Integer.parseInt(parts[1]));
        default -> throw new IllegalArgumentException(parts[0]);
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "holiday rule must read FIXED MM-DD, NTH n DOW MM, LAST DOW MM or EASTER ±n; got '"
              + rule
              + "'",
          e);
    }
  }

  private static Month month(String value) {
    return Month.of(Integer.parseInt(value));
  }

  private static DayOfWeek dow(String value) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(value)) {
        return day;
      }
    }
    throw new IllegalArgumentException(value);
  }

  /** Gregorian Easter Sunday (the anonymous Meeus/Jones/Butcher computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
