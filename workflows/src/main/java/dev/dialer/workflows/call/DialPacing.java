package dev.dialer.workflows.call;

/**
 * Dials that share {@code key} are spaced so that no more than {@code callsPerSecond} reach Twilio
 * in any one second, across every worker process.
 */
public record DialPacing(String key, double callsPerSecond) {}
