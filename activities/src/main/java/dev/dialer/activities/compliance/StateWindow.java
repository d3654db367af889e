package dev.dialer.activities.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A state's calling hours (weekday, Saturday, Sunday), Sunday and holiday bans, from one {@code
 * state_rule} row.
 */
final class StateWindow implements WindowRule {

  private final StateRule row;
  private final Set<LocalDate> holidays;

  StateWindow(StateRule row, Set<LocalDate> holidays) {
    this.row = row;
    this.holidays = holidays;
  }

  @Override
  public String rule() {
    return "STATE_WINDOW:" + row.state();
  }

  @Override
  public String source() {
    return row.citation();
  }

  @Override
  public int[] hours(LocalDate day) {
    boolean sunday = day.getDayOfWeek() == DayOfWeek.SUNDAY;
    if ((sunday && row.noSundays()) || (row.noHolidays() && holidays.contains(day))) {
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
