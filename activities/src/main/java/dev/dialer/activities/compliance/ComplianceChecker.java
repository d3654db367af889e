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
import java.util.Set;
import java.util.TreeSet;
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
        locator.locate(
            request.phone(),
            request.timezone(),
            request.zip(),
            request.state(),
            Boolean.TRUE.equals(request.locationVerified()));
    String phone = locator.e164(request.phone());
    Purpose purpose = request.purpose() == null ? Purpose.TELEMARKETING : request.purpose();
    boolean national = purpose == Purpose.TELEMARKETING;
    LocalDate day = request.at().atOffset(ZoneOffset.UTC).toLocalDate();
    List<StateRule> rules =
        location.stateUnknown() ? store.rules(purpose) : store.rules(location.states(), purpose);
    Set<String> ruleStates = new TreeSet<>();
    rules.forEach(r -> ruleStates.add(r.state()));
    // The search spans 32 days ahead and local dates lag or lead UTC by a day at most.
    HolidayCalendar holidays =
        HolidayCalendar.forYears(
            day.minusDays(2).getYear(),
            day.plusDays(ComplianceEngine.HORIZON.toDays() + 2).getYear(),
            store.stateHolidays(ruleStates));
    String person = person(request, phone);
    ComplianceFacts facts =
        new ComplianceFacts(
            request.at(),
            location,
            purpose,
            request.callingHours(),
            rules,
            holidays,
            dnc.hits(phone, request.campaignId(), national),
            store.history(phone, person, request.at().minus(HISTORY)),
            request.campaignId(),
            request.subject(),
            request.maxAttemptsPerDay());
    ComplianceDecision decided = engine.decide(facts);
    List<Reason> reasons = new ArrayList<>(decided.reasons());
    reasons.add(new Reason("PURPOSE", purposeDetail(request.purpose(), location), false));
    if (person != null) {
      reasons.add(
          new Reason(
              "PERSON",
              "caps count calls to every number of the same person (the calls' "
                  + store.personKey()
                  + " custom parameter), not only to this number",
              false));
    }
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

  private String person(ComplianceCheckRequest request, String phone) {
    if (request.person() != null && !request.person().isBlank()) {
      return request.person().trim();
    }
    return request.campaignId() == null
        ? null
        : store.person(request.campaignId(), phone).orElse(null);
  }

  private static String purposeDetail(Purpose given, CalleeLocation location) {
    String where =
        location.stateUnknown()
            ? "the number names no state: every state's rules apply (the strictest reading)"
                + (location.states().isEmpty() ? "" : ", with " + location.states())
            : location.states().isEmpty()
                ? "no US state: no state rules"
                : "states " + String.join(", ", location.states());
    if (given == null) {
      return "no purpose given: the strictest reading applies (telemarketing rules and the national"
          + " registry); "
          + where;
    }
    return "purpose " + given + "; " + where;
  }
}
