package dev.dialer.activities.compliance;

/**
 * An attempt of a batch's history, with the number it dialed and the person it was to (or null).
 */
public record PersonAttempt(String toNumber, String person, Attempt attempt) {}
