package dev.dialer.activities.compliance;

/**
 * The callee is on a do-not-call list.
 *
 * @param rule {@code DNC_INTERNAL}, {@code DNC_CAMPAIGN} or {@code DNC_NATIONAL}
 * @param detail which entry, since when, from which source
 */
public record DncHit(String rule, String detail) {}
