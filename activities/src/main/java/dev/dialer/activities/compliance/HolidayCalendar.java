package dev.dialer.activities.compliance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holiday dates over a span of years: federal ones on their actual and their observed dates, and
 * each state's own, from which a state rule bans the days it names.
 */
public record HolidayCalendar(
    Set<LocalDate> federalActual,
    Set<LocalDate> federalObserved,
    Map<String, Set<LocalDate>> stateDays) {

  public HolidayCalendar {
    federalActual = Set.copyOf(federalActual);
    federalObserved = Set.copyOf(federalObserved);
    stateDays = Map.copyOf(stateDays);
  }

  /** Given dates taken as federal holidays, both actual and observed: tests. */
  public static HolidayCalendar of(Set<LocalDate> days) {
    return new HolidayCalendar(days, days, Map.of());
  }

  /**
   * @param stateRules each state's holidays, keyed by state
   */
  public static HolidayCalendar forYears(
      int from, int to, Map<String, List<HolidayRule>> stateRules) {
    Set<LocalDate> actual = new HashSet<>();
    Set<LocalDate> observed = new HashSet<>();
    Map<String, Set<LocalDate>> states = new HashMap<>();
    for (int year = from; year <= to; year++) {
      for (HolidayRule rule : FederalHolidays.RULES) {
        rule.actual(year).ifPresent(actual::add);
        rule.observed(year).ifPresent(observed::add);
      }
      for (var entry : stateRules.entrySet()) {
        Set<LocalDate> days = states.computeIfAbsent(entry.getKey(), k -> new HashSet<>());
        for (HolidayRule rule : entry.getValue()) {
          rule.actual(year).ifPresent(days::add);
          rule.observed(year).ifPresent(days::add);
        }
      }
    }
    return new HolidayCalendar(actual, observed, states);
  }

  /** Whether the row's holiday ban forbids {@code day}. */
  public boolean bans(StateRule row, LocalDate day) {
    if (!row.noHolidays()) {
      return false;
    }
    boolean federal =
        switch (row.holidayDates()) {
          case ACTUAL -> federalActual.contains(day);
          case OBSERVED -> federalObserved.contains(day);
          case BOTH -> federalActual.contains(day) || federalObserved.contains(day);
        };
    return federal
        || (row.stateHolidays() && stateDays.getOrDefault(row.state(), Set.of()).contains(day));
  }

  /** A federal holiday on its actual or its observed date. */
  public boolean federal(LocalDate day) {
    return federalActual.contains(day) || federalObserved.contains(day);
  }
}
