package dev.dialer.activities.dnc;

import java.util.List;

public record DncPage(long total, int limit, int offset, List<DncEntry> entries) {}
