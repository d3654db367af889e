package dev.dialer.api.campaign;

/**
 * {@code compliance}: a stricter rule set than the purpose's (TELEMARKETING, DEBT_COLLECTION,
 * INFORMATIONAL) and a cap on calls per person per day.
 */
record ComplianceBody(String purpose, Integer maxAttemptsPerDay) {}
