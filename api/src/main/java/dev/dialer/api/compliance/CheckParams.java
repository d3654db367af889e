package dev.dialer.api.compliance;

/** The query of {@code GET /api/compliance/check}, as the user sent it. */
record CheckParams(
    String phone,
    String at,
    String campaignId,
    String purpose,
    String timezone,
    String zip,
    String state,
    String subject,
    Integer maxAttemptsPerDay,
    String person,
    Boolean locationVerified) {}
