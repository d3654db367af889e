package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.ComplianceDecision;

/**
 * One request's answer in {@link ComplianceChecker#checkAll}: its decision, or, for a request that
 * cannot be read, the exception its own check throws (and no decision).
 */
public record BatchDecision(ComplianceDecision decision, ComplianceInputException unreadable) {}
