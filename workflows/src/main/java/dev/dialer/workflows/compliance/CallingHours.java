package dev.dialer.workflows.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign's calling hours in the callee's local time, per weekday. A weekday without an entry is
 * a day the campaign does not call.
 *
 * @param excludeDates local dates the campaign does not call on, whatever the weekday
 * @param excludeHolidays whether the campaign skips federal holidays (their actual and observed
 *     dates); null reads as false, for settings saved before the field existed
 */
public record CallingHours(
    Map<DayOfWeek, DayHours> days, List<LocalDate> excludeDates, Boolean excludeHolidays) {

  public CallingHours {
    days = days == null ? Map.of() : Map.copyOf(days);
    excludeDates = excludeDates == null ? List.of() : List.copyOf(excludeDates);
  }

  public CallingHours(Map<DayOfWeek, DayHours> days) {
    this(days, List.of(), null);
  }

  public boolean skipsHolidays() {
    return Boolean.TRUE.equals(excludeHolidays);
  }
}
