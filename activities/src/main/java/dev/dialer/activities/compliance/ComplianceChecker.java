package dev.dialer.activities.compliance;

import dev.dialer.activities.dnc.DncStore;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Purpose;
import dev.dialer.workflows.compliance.Reason;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Loads the facts of one check from the database and lets the engine decide. */
@Service
public class ComplianceChecker {

  /** Older than this, the national registry snapshot is out of date (16 CFR 310.4(b)(3)(iv)). */
  static final int REGISTRY_MAX_AGE_DAYS = 31;

  /** Longer than any cap window, so that every attempt a cap counts is loaded. */
  private static final Duration HISTORY = Duration.ofDays(8);

  private final CalleeLocator locator;
  private final DncStore dnc;
  private final ComplianceStore store;
  private final ComplianceEngine engine = new ComplianceEngine();

  public ComplianceChecker(CalleeLocator locator, DncStore dnc, ComplianceStore store) {
    this.locator = locator;
    this.dnc = dnc;
    this.store = store;
  }

  /**
   * @throws ComplianceInputException for an unreadable number, zone, ZIP or state, or no {@code at}
   */
  public ComplianceDecision check(ComplianceCheckRequest request) {
    if (request.at() == null) {
      throw new ComplianceInputException("at", "at is required");
    }
    if (request.phone() == null || request.phone().isBlank()) {
      throw new ComplianceInputException(
          "phone", "phone is required, in E.164 such as +14155550123");
    }
    CalleeLocation location =
        locator.locate(request.phone(), request.timezone(), request.zip(), request.state());
    String phone = locator.e164(request.phone());
    Purpose purpose = request.purpose() == null ? Purpose.TELEMARKETING : request.purpose();
    boolean national = purpose == Purpose.TELEMARKETING;
    LocalDate day = request.at().atOffset(ZoneOffset.UTC).toLocalDate();
    List<StateRule> rules =
        location.state() == null ? List.of() : store.rules(location.state(), purpose, day);
    ComplianceFacts facts =
        new ComplianceFacts(
            request.at(),
            location,
            purpose,
            request.callingHours(),
            rules,
            store.holidays(day.minusDays(1), day.plusDays(ComplianceEngine.HORIZON.toDays() + 1)),
            dnc.hits(phone, request.campaignId(), national),
            store.history(phone, request.at().minus(HISTORY)),
            request.campaignId(),
            request.subject(),
            request.maxAttemptsPerDay());
    ComplianceDecision decided = engine.decide(facts);
    List<Reason> reasons = new ArrayList<>(decided.reasons());
    reasons.add(new Reason("PURPOSE", purposeDetail(request.purpose(), location.state()), false));
    List<String> warnings = new ArrayList<>(decided.warnings());
    if (national) {
      registryWarning(day).ifPresent(warnings::add);
    }
    return new ComplianceDecision(
        decided.allowed(),
        decided.blockedBy(),
        reasons,
        decided.timeZones(),
        decided.localTimes(),
        decided.nextAllowedAt(),
        warnings);
  }

  private Optional<String> registryWarning(LocalDate today) {
    Optional<LocalDate> snapshot = dnc.latestSnapshot();
    if (snapshot.isEmpty()) {
      return Optional.of(
          "no National Do Not Call Registry snapshot has been imported (POST /api/dnc/import)");
    }
    if (snapshot.get().isBefore(today.minusDays(REGISTRY_MAX_AGE_DAYS))) {
      return Optional.of(
          "the National Do Not Call Registry snapshot of "
              + snapshot.get()
              + " is older than "
              + REGISTRY_MAX_AGE_DAYS
              + " days: import a fresh one (16 CFR 310.4(b)(3)(iv))");
    }
    return Optional.empty();
  }

  private static String purposeDetail(Purpose given, String state) {
    String where = state == null ? "state unknown: no state rules" : "state " + state;
    if (given == null) {
      return "no purpose given: the strictest reading applies (telemarketing rules and the national"
          + " registry); "
          + where;
    }
    return "purpose " + given + "; " + where;
  }
}
