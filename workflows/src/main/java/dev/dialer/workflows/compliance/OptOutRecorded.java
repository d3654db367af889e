package dev.dialer.workflows.compliance;

import java.time.Instant;

/**
 * @param phone the number as stored (E.164)
 * @param since when the number first went on the list; a repeated opt-out keeps the first time
 */
public record OptOutRecorded(String phone, Instant since) {}
