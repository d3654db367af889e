package dev.dialer.activities.compliance;

import java.time.LocalDate;

/**
 * One source of calling hours (the law, a state, the campaign), in minutes of the local day. Calls
 * may start at or after the start minute and before the end minute.
 */
interface WindowRule {

  /** A stable rule name for the decision's reasons. */
  String rule();

  /** Where the rule comes from, for the decision's reasons. */
  String source();

  /**
   * {@code [startMinute, endMinute)} of the local day, or null when no call is allowed that day.
   */
  int[] hours(LocalDate day);
}
