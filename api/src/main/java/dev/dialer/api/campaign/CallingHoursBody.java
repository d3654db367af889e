package dev.dialer.api.campaign;

import java.util.List;

/**
 * {@code schedule.callingHours}: the same hours on each listed day, in the callee's local time.
 *
 * @param start such as 09:00
 * @param end such as 20:00; calls start before it
 * @param days MON…SUN or MONDAY…SUNDAY; every day when absent
 * @param excludeDates local dates without calls, such as 2026-12-24; absent keeps the current ones
 * @param excludeHolidays true skips federal holidays (actual and observed dates); absent keeps the
 *     current setting
 */
record CallingHoursBody(
    String start,
    String end,
    List<String> days,
    List<String> excludeDates,
    Boolean excludeHolidays) {}
