package dev.dialer.api.campaign;

/** {@code schedule}: ISO-8601 instants such as 2026-12-01T14:00:00Z, and the calling hours. */
record ScheduleBody(String startAt, String endAt, CallingHoursBody callingHours) {}
