package dev.dialer.activities.compliance;

import dev.dialer.activities.dnc.DncEntry;
import dev.dialer.activities.dnc.DncStore;
import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.OptOutRecorded;
import dev.dialer.workflows.compliance.OptOutRequest;
import io.temporal.failure.ApplicationFailure;
import org.springframework.stereotype.Component;

@Component
public class ComplianceActivitiesImpl implements ComplianceActivities {

  /** Error type of the non-retryable failure for a request the engine cannot read. */
  public static final String INVALID_INPUT = "ComplianceInvalidInput";

  private final ComplianceChecker checker;
  private final CalleeLocator locator;
  private final DncStore dnc;

  public ComplianceActivitiesImpl(ComplianceChecker checker, CalleeLocator locator, DncStore dnc) {
    this.checker = checker;
    this.locator = locator;
    this.dnc = dnc;
  }

  @Override
  public ComplianceDecision check(ComplianceCheckRequest request) {
    try {
      return checker.check(request);
    } catch (ComplianceInputException e) {
      // Retrying cannot fix a bad number or zone: fail at once, naming the field.
      throw ApplicationFailure.newNonRetryableFailure(
          e.field() + ": " + e.getMessage(), INVALID_INPUT);
    }
  }

  @Override
  public OptOutRecorded recordOptOut(OptOutRequest request) {
    String phone;
    try {
      phone = locator.e164(request.phone());
    } catch (ComplianceInputException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), INVALID_INPUT);
    }
    String source =
        request.source() == null || request.source().isBlank() ? "opt-out" : request.source();
    DncEntry entry = dnc.addInternal(phone, source, request.reason());
    return new OptOutRecorded(entry.phone(), entry.createdAt());
  }
}
