package dev.dialer.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of {@code GET /api/compliance/check}'s answer the demo uses to choose its numbers.
 *
 * @param blockedBy null when allowed; else the kind of rule that blocked the call, one value
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ComplianceAnswer(Boolean allowed, String blockedBy, String nextAllowedAt) {

  static ComplianceAnswer allowedNow() {
    return new ComplianceAnswer(true, null, null);
  }

  static ComplianceAnswer blocked(String block, String nextAllowedAt) {
    return new ComplianceAnswer(false, block, nextAllowedAt);
  }

  boolean callableNow() {
    return Boolean.TRUE.equals(allowed);
  }
}
