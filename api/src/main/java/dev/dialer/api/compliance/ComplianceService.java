package dev.dialer.api.compliance;

import dev.dialer.activities.compliance.ComplianceChecker;
import dev.dialer.activities.compliance.ComplianceInputException;
import dev.dialer.api.web.ApiException;
import dev.dialer.api.web.E164;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Answers "may we call this number at this instant?" with the same engine the dial uses. Without a
 * campaign only the law and the do-not-call lists apply.
 */
@Service
class ComplianceService {

  private final ComplianceChecker checker;
  private final Clock clock = Clock.systemUTC();

  ComplianceService(ComplianceChecker checker) {
    this.checker = checker;
  }

  ComplianceDecision check(CheckParams params) {
    String phone = E164.of("phone", params.phone());
    ComplianceCheckRequest request =
        new ComplianceCheckRequest(
            phone,
            at(params.at()),
            blankToNull(params.campaignId()),
            purpose(params.purpose()),
            null,
            blankToNull(params.timezone()),
            blankToNull(params.zip()),
            blankToNull(params.state()),
            blankToNull(params.subject()),
            maxAttemptsPerDay(params.maxAttemptsPerDay()),
            blankToNull(params.person()),
            params.locationVerified());
    try {
      return checker.check(request);
    } catch (ComplianceInputException e) {
      throw ApiException.invalid(e.field(), e.getMessage());
    }
  }

  private Instant at(String value) {
    if (value == null || value.isBlank()) {
      return clock.instant();
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          "at",
          "'at' must be an ISO-8601 instant with an offset, such as 2026-07-01T14:00:00Z; got '"
              + value
              + "'.");
    }
  }

  private static Purpose purpose(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Purpose.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(
          "purpose",
          "'purpose' must be one of "
              + Arrays.toString(Purpose.values())
              + "; got '"
              + value
              + "'.");
    }
  }

  private static Integer maxAttemptsPerDay(Integer value) {
    if (value != null && value < 1) {
      throw ApiException.invalid(
          "maxAttemptsPerDay", "'maxAttemptsPerDay' must be 1 or more; got " + value + ".");
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
