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
  private final ComplianceFactSource direct;

  public ComplianceChecker(CalleeLocator locator, DncStore dnc, ComplianceStore store) {
    this.locator = locator;
    this.dnc = dnc;
    this.store = store;
    this.direct = ComplianceFactSource.direct(dnc, store);
  }

  /**
   * @throws ComplianceInputException for an unreadable number, zone, ZIP or state, or no {@code at}
   */
  public ComplianceDecision check(ComplianceCheckRequest request) {
    return check(request, direct);
  }

  /**
   * Checks every request as {@link #check} would, one after the other, with the facts of all of
   * them loaded together: a few queries for the batch instead of about ten per request. Each
   * request's answer is its decision or the {@link ComplianceInputException} its check throws.
   */
  public List<BatchDecision> checkAll(List<ComplianceCheckRequest> requests) {
    List<ComplianceFactBatch.Key> keys = new ArrayList<>();
    for (ComplianceCheckRequest request : requests) {
      key(request).ifPresent(keys::add);
    }
    ComplianceFactSource facts = new ComplianceFactBatch(direct, store, dnc, keys);
    List<BatchDecision> decisions = new ArrayList<>(requests.size());
    for (ComplianceCheckRequest request : requests) {
      try {
        decisions.add(new BatchDecision(check(request, facts), null));
      } catch (ComplianceInputException e) {
        decisions.add(new BatchDecision(null, e));
      }
    }
    return decisions;
  }

  /** What the request's check will ask the lists and the history; empty when it cannot be read. */
  private Optional<ComplianceFactBatch.Key> key(ComplianceCheckRequest request) {
    if (request.at() == null || request.phone() == null || request.phone().isBlank()) {
      return Optional.empty();
    }
    String phone;
    try {
      phone = locator.e164(request.phone());
    } catch (ComplianceInputException e) {
      return Optional.empty();
    }
    boolean national = request.purpose() == null || request.purpose() == Purpose.TELEMARKETING;
    String person =
        request.person() != null && !request.person().isBlank() ? request.person().trim() : null;
    return Optional.of(
        new ComplianceFactBatch.Key(
            phone, request.campaignId(), national, person, request.at().minus(HISTORY)));
  }

  private ComplianceDecision check(ComplianceCheckRequest request, ComplianceFactSource source) {
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
        location.stateUnknown() ? source.rules(purpose) : source.rules(location.states(), purpose);
    Set<String> ruleStates = new TreeSet<>();
    rules.forEach(r -> ruleStates.add(r.state()));
    // The search spans 32 days ahead and local dates lag or lead UTC by a day at most.
    HolidayCalendar holidays =
        source.holidays(
            day.minusDays(2).getYear(),
            day.plusDays(ComplianceEngine.HORIZON.toDays() + 2).getYear(),
            ruleStates);
    String person = person(request, phone, source);
    ComplianceFacts facts =
        new ComplianceFacts(
            request.at(),
            location,
            purpose,
            request.callingHours(),
            rules,
            holidays,
            source.dncHits(phone, request.campaignId(), national),
            source.history(phone, person, request.at().minus(HISTORY)),
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
      registryWarning(day, source).ifPresent(warnings::add);
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

  private Optional<String> registryWarning(LocalDate today, ComplianceFactSource facts) {
    Optional<LocalDate> snapshot = facts.latestSnapshot();
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

  private String person(ComplianceCheckRequest request, String phone, ComplianceFactSource facts) {
    if (request.person() != null && !request.person().isBlank()) {
      return request.person().trim();
    }
    return request.campaignId() == null
        ? null
        : facts.person(request.campaignId(), phone).orElse(null);
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
