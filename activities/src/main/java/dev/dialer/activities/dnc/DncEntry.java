package dev.dialer.activities.dnc;

import java.time.Instant;

/** A number on the internal or a campaign's do-not-call list. */
public record DncEntry(String phone, String source, String reason, Instant createdAt) {}
