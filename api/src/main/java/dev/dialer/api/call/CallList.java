package dev.dialer.api.call;

import java.util.List;

public record CallList(long total, int limit, int offset, List<CallView> calls) {}
