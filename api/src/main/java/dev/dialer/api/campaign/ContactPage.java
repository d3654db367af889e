package dev.dialer.api.campaign;

import java.util.List;

public record ContactPage(long total, int limit, int offset, List<ContactView> contacts) {}
