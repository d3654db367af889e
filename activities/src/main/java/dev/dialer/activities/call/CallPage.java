package dev.dialer.activities.call;

import java.util.List;

public record CallPage(long total, int limit, int offset, List<CallRecord> calls) {}
