package dev.dialer.activities.compliance;

/**
 * Which dates of a federal holiday a state's ban covers. When a holiday falls on a weekend the
 * federal government observes it on the Friday before or the Monday after (5 U.S.C. 6103(b)); a
 * statute that says "legal holiday" may mean either day, so the table's default is both.
 */
public enum HolidayDates {
  ACTUAL,
  OBSERVED,
  BOTH
}
