package dev.dialer.workflows.compliance;

import java.time.DayOfWeek;
import java.util.Map;

/**
 * A campaign's calling hours in the callee's local time, per weekday. A weekday without an entry is
 * a day the campaign does not call.
 */
public record CallingHours(Map<DayOfWeek, DayHours> days) {

  public CallingHours {
    days = days == null ? Map.of() : Map.copyOf(days);
  }
}
