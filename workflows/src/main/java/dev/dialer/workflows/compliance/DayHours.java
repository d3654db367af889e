package dev.dialer.workflows.compliance;

import java.time.LocalTime;

/** Calls may start at or after {@code start} and before {@code end}, local time. */
public record DayHours(LocalTime start, LocalTime end) {}
