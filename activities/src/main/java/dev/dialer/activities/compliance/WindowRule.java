package dev.dialer.activities.compliance;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One source of calling hours (the law, a state, the campaign), in minutes of the local day. Calls
 * may start at or after the start minute and before the end minute.
 */
interface WindowRule {

  /** A stable rule name for the decision's reasons. */
  String rule();

  /** Where the rule in force on {@code day} comes from, for the decision's reasons. */
  String source(LocalDate day);

  /**
   * {@code [startMinute, endMinute)} of the local day, or null when no call is allowed that day.
   */
  int[] hours(LocalDate day);

  /**
   * The clock the hours are read in for a callee in {@code candidate}: the callee's own, unless a
   * statute names a fixed one.
   */
  default ZoneId clock(ZoneId candidate) {
    return candidate;
  }
}
