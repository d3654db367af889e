package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.DayHours;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The campaign's own hours per weekday; a weekday it does not list, a date it excludes and, when it
 * asks, a federal holiday are days off.
 */
final class CampaignWindow implements WindowRule {

  private final CallingHours hours;
  private final HolidayCalendar holidays;

  CampaignWindow(CallingHours hours, HolidayCalendar holidays) {
    this.hours = hours;
    this.holidays = holidays;
  }

  @Override
  public String rule() {
    return "CAMPAIGN_HOURS";
  }

  @Override
  public String source(LocalDate day) {
    return "the campaign's calling hours";
  }

  @Override
  public int[] hours(LocalDate day) {
    if (hours.excludeDates().contains(day) || (hours.skipsHolidays() && holidays.federal(day))) {
      return null;
    }
    DayHours today = hours.days().get(day.getDayOfWeek());
    if (today == null || today.start() == null || today.end() == null) {
      return null;
    }
    // An end of 00:00 reads as midnight at the end of the day, the way people write "until 24:00".
    int end = today.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : minutes(today.end());
    return new int[] {minutes(today.start()), end};
  }

  private static int minutes(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }
}
