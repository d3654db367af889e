package dev.dialer.activities.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A state's calling hours (weekday, Saturday, Sunday), Sunday and holiday bans, from the {@code
 * state_rule} row in force on each local day: a law that changes during the search changes the
 * hours on the day it takes effect, not for the whole search.
 */
final class StateWindow implements WindowRule {

  private static final int[] OPEN = {0, 24 * 60};

  private final String state;
  private final List<StateRule> rows;
  private final HolidayCalendar holidays;
  private final ZoneId clock;

  /**
   * @param rows every row of one state and purpose
   * @param clock null for the callee's local time; else only rows that name this fixed clock apply,
   *     read in it
   */
  StateWindow(List<StateRule> rows, HolidayCalendar holidays, ZoneId clock) {
    this.state = rows.get(0).state();
    this.rows = List.copyOf(rows);
    this.holidays = holidays;
    this.clock = clock;
  }

  /** The row in force on the day; null before the first one. */
  static StateRule inForce(List<StateRule> rows, LocalDate day) {
    StateRule found = null;
    for (StateRule row : rows) {
      boolean applies = !row.effectiveFrom().isAfter(day);
      if (applies && (found == null || row.effectiveFrom().isAfter(found.effectiveFrom()))) {
        found = row;
      }
    }
    return found;
  }

  @Override
  public String rule() {
    return "STATE_WINDOW:" + state + (clock == null ? "" : ":" + clock.getId());
  }

  @Override
  public String source(LocalDate day) {
    StateRule row = inForce(rows, day);
    String citation = row == null ? "no rule in force yet" : row.citation();
    return clock == null ? citation : citation + "; read in " + clock.getId();
  }

  @Override
  public ZoneId clock(ZoneId candidate) {
    return clock == null ? candidate : clock;
  }

  @Override
  public int[] hours(LocalDate day) {
    StateRule row = inForce(rows, day);
    if (row == null || (clock != null && !clock.equals(row.clock()))) {
      return OPEN;
    }
    boolean sunday = day.getDayOfWeek() == DayOfWeek.SUNDAY;
    if ((sunday && row.noSundays()) || holidays.bans(row, day)) {
      return null;
    }
    if (sunday && row.sundayStart() != null) {
      return new int[] {minutes(row.sundayStart(), 0), minutes(row.sundayEnd(), 24 * 60)};
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY && row.saturdayStart() != null) {
      return new int[] {minutes(row.saturdayStart(), 0), minutes(row.saturdayEnd(), 24 * 60)};
    }
    return new int[] {minutes(row.windowStart(), 0), minutes(row.windowEnd(), 24 * 60)};
  }

  private static int minutes(LocalTime time, int whenUnset) {
    return time == null ? whenUnset : time.getHour() * 60 + time.getMinute();
  }
}
