package dev.dialer.activities.compliance;

import java.util.List;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), by rule, so that every year has them; weekend
 * dates are observed on the Friday before or the Monday after (6103(b), Executive Order 11582).
 */
final class FederalHolidays {

  static final String SOURCE = "5 U.S.C. 6103";

  static final List<HolidayRule> RULES =
      List.of(
          new HolidayRule("New Year's Day", "FIXED 01-01", true, 1870),
          new HolidayRule("Birthday of Martin Luther King, Jr.", "NTH 3 MON 01", true, 1986),
          new HolidayRule("Washington's Birthday", "NTH 3 MON 02", true, 1971),
          new HolidayRule("Memorial Day", "LAST MON 05", true, 1971),
          new HolidayRule("Juneteenth National Independence Day", "FIXED 06-19", true, 2021),
          new HolidayRule("Independence Day", "FIXED 07-04", true, 1870),
          new HolidayRule("Labor Day", "NTH 1 MON 09", true, 1894),
          new HolidayRule("Columbus Day", "NTH 2 MON 10", true, 1971),
          new HolidayRule("Veterans Day", "FIXED 11-11", true, 1978),
          new HolidayRule("Thanksgiving Day", "NTH 4 THU 11", true, 1942),
          new HolidayRule("Christmas Day", "FIXED 12-25", true, 1870));

  private FederalHolidays() {}
}
