package dev.dialer.api.campaign;

import java.util.List;

/**
 * {@code schedule.callingHours}: the same hours on each listed day, in the callee's local time.
 *
 * @param start such as 09:00
 * @param end such as 20:00; calls start before it
 * @param days MON…SUN or MONDAY…SUNDAY; every day when absent
 */
record CallingHoursBody(String start, String end, List<String> days) {}
