package dev.dialer.api.compliance;

/**
 * A state's own holiday as the dialer computes it.
 *
 * @param rule such as {@code NTH 2 MON 08} (the second Monday of August)
 */
record HolidayView(
    String state, String name, String rule, boolean shifts, String source, boolean verified) {}
