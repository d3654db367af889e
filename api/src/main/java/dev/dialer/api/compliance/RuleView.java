package dev.dialer.api.compliance;

import dev.dialer.activities.compliance.HolidayDates;
import dev.dialer.workflows.compliance.Purpose;
import java.time.LocalDate;

/**
 * One state rule row as an operator reads it.
 *
 * @param effectiveUntil the day the next row of the same state and purpose takes over; null while
 *     the row is the newest
 * @param weekdays hours Monday to Friday (and on Saturday and Sunday when those say nothing), such
 *     as 08:00-20:00; null when the row sets none
 * @param holidays null when the row bans no holidays; else which federal dates it bans, and whether
 *     the state's own holidays too
 * @param clock a fixed clock the statute names, in which the hours hold as well
 * @param cap such as "3 per 24 h"; null for none
 */
record RuleView(
    String state,
    Purpose purpose,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    String weekdays,
    String saturday,
    String sunday,
    boolean noSundays,
    HolidayDates holidays,
    boolean stateHolidays,
    String clock,
    String cap,
    String source,
    boolean verified) {}
