package dev.dialer.workflows.campaign;

import dev.dialer.workflows.compliance.Purpose;

/**
 * @param purpose the rules to apply; null takes the campaign purpose's mapping
 * @param maxAttemptsPerDay a cap per person per rolling 24 h across the campaign; null for none
 */
public record ComplianceProfile(Purpose purpose, Integer maxAttemptsPerDay) {}
