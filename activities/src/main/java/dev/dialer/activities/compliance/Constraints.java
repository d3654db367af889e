package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.Purpose;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The windows and caps one decision holds the call to, built from its facts. */
final class Constraints {

  private Constraints() {}

  static List<WindowRule> windows(ComplianceFacts facts) {
    List<WindowRule> windows = new ArrayList<>();
    windows.add(new FederalWindow());
    byState(facts.stateRules())
        .values()
        .forEach(
            rows -> {
              windows.add(new StateWindow(rows, facts.holidays(), null));
              rows.stream()
                  .map(StateRule::clock)
                  .filter(Objects::nonNull)
                  .distinct()
                  .forEach(clock -> windows.add(new StateWindow(rows, facts.holidays(), clock)));
            });
    if (facts.hours() != null) {
      windows.add(new CampaignWindow(facts.hours(), facts.holidays()));
    }
    return windows;
  }

  static List<FrequencyCap> caps(ComplianceFacts facts) {
    List<FrequencyCap> caps = new ArrayList<>();
    Predicate<Attempt> sameSubject = sameSubject(facts);
    if (facts.purpose() == Purpose.DEBT_COLLECTION && regFConsent(facts).isEmpty()) {
      String cfr = "Regulation F, 12 CFR 1006.14(b)(2)";
      Set<Attempt> asked = RegFConsent.consented(subjectHistory(facts));
      caps.add(
          cap(
              "REG_F_7_IN_7",
              cfr + "(i)",
              7,
              Duration.ofDays(7),
              facts,
              sameSubject.and(a -> !asked.contains(a))));
      caps.add(
          cap(
              "REG_F_AFTER_CONVERSATION",
              cfr + "(ii): none within 7 days after a telephone conversation",
              1,
              Duration.ofDays(7),
              facts,
              sameSubject.and(Attempt::conversation)));
    }
    for (List<StateRule> rows : byState(facts.stateRules()).values()) {
      List<StateRule> ordered =
          rows.stream().sorted(Comparator.comparing(StateRule::effectiveFrom)).toList();
      for (int i = 0; i < ordered.size(); i++) {
        StateRule rule = ordered.get(i);
        LocalDate until = i + 1 < ordered.size() ? ordered.get(i + 1).effectiveFrom() : null;
        if (rule.maxCalls() == null || rule.capWindowHours() == null) {
          continue;
        }
        List<Attempt> counted = facts.history().stream().filter(sameSubject).toList();
        for (ZoneId zone : facts.location().zones()) {
          caps.add(
              new FrequencyCap(
                  "STATE_CAP:" + rule.state(),
                  rule.citation(),
                  Math.max(rule.maxCalls(), 0),
                  Duration.ofHours(rule.capWindowHours()),
                  counted,
                  zone,
                  rule.effectiveFrom(),
                  until));
        }
      }
    }
    if (facts.maxAttemptsPerDay() != null) {
      Predicate<Attempt> sameCampaign =
          a -> facts.campaignId() == null || facts.campaignId().equals(a.campaignId());
      caps.add(
          cap(
              "CAMPAIGN_DAILY_CAP",
              "the campaign's max attempts per day",
              facts.maxAttemptsPerDay(),
              Duration.ofHours(24),
              facts,
              sameCampaign));
    }
    return caps;
  }

  /**
   * For a debt collection call: the earlier call on which the callee asked for this one, if it
   * covers the call's instant; Regulation F's caps then do not apply to it ({@link RegFConsent}).
   */
  static Optional<Attempt> regFConsent(ComplianceFacts facts) {
    if (facts.purpose() != Purpose.DEBT_COLLECTION) {
      return Optional.empty();
    }
    return RegFConsent.covering(subjectHistory(facts), facts.at());
  }

  private static List<Attempt> subjectHistory(ComplianceFacts facts) {
    return facts.history().stream().filter(sameSubject(facts)).toList();
  }

  // An attempt without a subject may have been about any subject: it counts toward every one.
  private static Predicate<Attempt> sameSubject(ComplianceFacts facts) {
    return a ->
        facts.subject() == null
            || a.subject() == null
            || Objects.equals(facts.subject(), a.subject());
  }

  private static Map<String, List<StateRule>> byState(List<StateRule> rules) {
    Map<String, List<StateRule>> byState = new TreeMap<>();
    rules.forEach(r -> byState.computeIfAbsent(r.state(), s -> new ArrayList<>()).add(r));
    return byState;
  }

  private static FrequencyCap cap(
      String rule,
      String source,
      int max,
      Duration window,
      ComplianceFacts facts,
      Predicate<Attempt> counts) {
    return new FrequencyCap(
        rule, source, Math.max(max, 0), window, facts.history().stream().filter(counts).toList());
  }
}
