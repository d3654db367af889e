package dev.dialer.api.dashboard;

import java.time.Instant;

/**
 * One workflow history event, readable: {@code kind} is the event type in words ("Activity task
 * scheduled"), {@code summary} what it was about (the activity, signal, update or timer, and a
 * failure's message).
 */
public record HistoryEntry(long eventId, Instant time, String kind, String summary) {}
