package dev.dialer.api.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The part of {@code GET /api/compliance/check}'s answer the demo uses to choose its numbers. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ComplianceAnswer(Boolean allowed, List<String> blockedBy, String nextAllowedAt) {

  static ComplianceAnswer allowedNow() {
    return new ComplianceAnswer(true, List.of(), null);
  }

  static ComplianceAnswer blocked(String rule, String nextAllowedAt) {
    return new ComplianceAnswer(false, List.of(rule), nextAllowedAt);
  }

  boolean callableNow() {
    return Boolean.TRUE.equals(allowed);
  }
}
