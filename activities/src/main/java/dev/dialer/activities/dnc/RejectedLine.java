package dev.dialer.activities.dnc;

/** A line of a registry file that was not imported, and why. */
public record RejectedLine(long line, String value, String error) {}
