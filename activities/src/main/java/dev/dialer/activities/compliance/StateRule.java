package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.Purpose;
import java.time.LocalTime;

/**
 * One row of the {@code state_rule} table. A null time or cap means the rule sets no limit of that
 * kind.
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
    String citation) {}
