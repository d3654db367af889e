package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.Purpose;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One row of the {@code state_rule} table. A null time or cap means the rule sets no limit of that
 * kind.
 *
 * @param effectiveFrom the first local date the row is in force; a later row of the same state and
 *     purpose ends it
 * @param holidayDates which dates of a federal holiday {@code noHolidays} bans
 * @param stateHolidays whether {@code noHolidays} also bans the state's own holidays
 * @param clock a fixed clock the statute names ("Central Standard Time"); the hours then hold in it
 *     as well as in local time; null for local time only
 * @param verified whether the row was checked against the statute's text
 */
public record StateRule(
    String state,
    Purpose purpose,
    LocalTime windowStart,
    LocalTime windowEnd,
    LocalTime saturdayStart,
    LocalTime saturdayEnd,
    LocalTime sundayStart,
    LocalTime sundayEnd,
    boolean noSundays,
    boolean noHolidays,
    Integer maxCalls,
    Integer capWindowHours,
    String citation,
    LocalDate effectiveFrom,
    HolidayDates holidayDates,
    boolean stateHolidays,
    ZoneId clock,
    boolean verified) {

  /** A row in force since always, banning both dates of a federal holiday, local time only. */
  public StateRule(
      String state,
      Purpose purpose,
      LocalTime windowStart,
      LocalTime windowEnd,
      LocalTime saturdayStart,
      LocalTime saturdayEnd,
      LocalTime sundayStart,
      LocalTime sundayEnd,
      boolean noSundays,
      boolean noHolidays,
      Integer maxCalls,
      Integer capWindowHours,
      String citation) {
    this(
        state,
        purpose,
        windowStart,
        windowEnd,
        saturdayStart,
        saturdayEnd,
        sundayStart,
        sundayEnd,
        noSundays,
        noHolidays,
        maxCalls,
        capWindowHours,
        citation,
        LocalDate.MIN,
        HolidayDates.BOTH,
        false,
        null,
        true);
  }

  public StateRule {
    effectiveFrom = effectiveFrom == null ? LocalDate.MIN : effectiveFrom;
    holidayDates = holidayDates == null ? HolidayDates.BOTH : holidayDates;
  }

  /** The same row in force from another date: rule histories in tests. */
  public StateRule from(LocalDate day) {
    return new StateRule(
        state,
        purpose,
        windowStart,
        windowEnd,
        saturdayStart,
        saturdayEnd,
        sundayStart,
        sundayEnd,
        noSundays,
        noHolidays,
        maxCalls,
        capWindowHours,
        citation,
        day,
        holidayDates,
        stateHolidays,
        clock,
        verified);
  }
}
