package dev.dialer.api.clarification;

import java.util.List;

/** {@code GET /api/clarifications?status=pending}: oldest question first. */
public record ClarificationList(List<ClarificationView> clarifications) {}
