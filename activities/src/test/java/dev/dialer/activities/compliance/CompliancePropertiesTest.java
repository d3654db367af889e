package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.DayHours;
import dev.dialer.workflows.compliance.Purpose;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * The engine against an oracle written separately and as plainly as the rules read: for every
 * generated case the decision must agree with the oracle at the asked instant, its nextAllowedAt
 * must be allowed, and nothing the oracle allows may lie between the asked instant and it.
 */
class CompliancePropertiesTest {

  /** Area codes across every US zone, with exchanges that resolve to one zone or to several. */
  private static final List<String> AREA_CODES =
      List.of(
          "212", "305", "850", "404", "617", "312", "214", "281", "405", "605", "701", "208", "303",
          "602", "520", "702", "213", "206", "907", "808", "270", "812", "906", "423", "541", "915",
          "308", "785", "800", "888", "833");

  private static final List<StateRule> RULES =
      List.of(
          Cases.FLORIDA,
          Cases.TEXAS,
          new StateRule(
              "MS",
              Purpose.TELEMARKETING,
              LocalTime.of(8, 0),
              LocalTime.of(20, 0),
              null,
              null,
              null,
              null,
              true,
              false,
              null,
              null,
              "no Sundays"),
          new StateRule(
              "ZZ",
              Purpose.TELEMARKETING,
              LocalTime.of(9, 30),
              null,
              null,
              null,
              null,
              null,
              false,
              true,
              2,
              48,
              "holidays off, 2 per 48 h"),
          Cases.RHODE_ISLAND);

  private static final Set<LocalDate> HOLIDAYS =
      Set.of(
          LocalDate.parse("2026-07-03"),
          LocalDate.parse("2026-11-26"),
          LocalDate.parse("2026-12-25"),
          LocalDate.parse("2027-01-01"),
          LocalDate.parse("2027-03-14"));

  /** DST changes of 2025–2028 in the US: cases cluster around them. */
  private static final List<Instant> DST_DAYS =
      List.of(
          Instant.parse("2025-03-09T00:00:00Z"),
          Instant.parse("2025-11-02T00:00:00Z"),
          Instant.parse("2026-03-08T00:00:00Z"),
          Instant.parse("2026-11-01T00:00:00Z"),
          Instant.parse("2027-03-14T00:00:00Z"),
          Instant.parse("2027-11-07T00:00:00Z"),
          Instant.parse("2028-03-12T00:00:00Z"));

  private static final Duration SCAN = Duration.ofHours(54);

  /** 5,000 tries of 20 cases: 100,000 cases. */
  private static final int BATCH = 20;

  @Property(tries = 3_000, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void theDecisionAtTheAskedInstantMatchesTheOracle(
      @ForAll("batches") List<ComplianceFacts> batch) {
    batch.forEach(CompliancePropertiesTest::matchesTheOracle);
  }

  @Property(tries = 2_000, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void noAllowedMinuteLiesBeforeNextAllowedAt(@ForAll("batches") List<ComplianceFacts> batch) {
    batch.forEach(CompliancePropertiesTest::nothingAllowedBeforeNext);
  }

  /** Cases come in batches: jqwik's bookkeeping per try would otherwise cost more than a case. */
  @Provide
  Arbitrary<List<ComplianceFacts>> batches() {
    return cases().list().ofSize(BATCH);
  }

  private static void matchesTheOracle(ComplianceFacts facts) {
    ComplianceDecision decision = Cases.ENGINE.decide(facts);
    Oracle oracle = new Oracle(facts);

    if (!facts.dnc().isEmpty()) {
      assertThat(decision.allowed()).isFalse();
      assertThat(decision.blockedBy()).isEqualTo(Block.DNC);
      assertThat(decision.nextAllowedAt()).isNull();
      return;
    }
    assertThat(decision.allowed())
        .as("%s -> %s", facts, decision)
        .isEqualTo(oracle.allows(facts.at()));
    if (decision.allowed()) {
      assertThat(decision.nextAllowedAt()).isEqualTo(facts.at());
    } else if (decision.nextAllowedAt() != null) {
      assertThat(decision.nextAllowedAt()).isAfter(facts.at());
      assertThat(oracle.allows(decision.nextAllowedAt())).as("%s -> %s", facts, decision).isTrue();
    }
  }

  private static void nothingAllowedBeforeNext(ComplianceFacts facts) {
    ComplianceDecision decision = Cases.ENGINE.decide(facts);
    if (decision.blockedBy() == Block.DNC || decision.allowed()) {
      return;
    }
    Oracle oracle = new Oracle(facts);
    Instant end =
        decision.nextAllowedAt() == null
            ? facts.at().plus(SCAN)
            : min(decision.nextAllowedAt(), facts.at().plus(SCAN));
    for (Instant t : oracle.changePoints(facts.at(), end)) {
      assertThat(oracle.allows(t)).as("allowed at %s before %s: %s", t, end, facts).isFalse();
    }
  }

  private static Arbitrary<ComplianceFacts> cases() {
    Arbitrary<String> phone =
        Combinators.combine(
                Arbitraries.of(AREA_CODES),
                Arbitraries.integers().between(200, 999),
                Arbitraries.integers().between(0, 9999))
            .as((area, exchange, line) -> "+1" + area + exchange + String.format("%04d", line))
            .filter(p -> isValid(p));
    Arbitrary<Instant> anyInstant =
        Arbitraries.longs()
            .between(
                Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60,
                Instant.parse("2028-12-31T00:00:00Z").getEpochSecond() / 60)
            .map(minute -> Instant.ofEpochSecond(minute * 60));
    Arbitrary<Instant> nearDst =
        Combinators.combine(Arbitraries.of(DST_DAYS), Arbitraries.integers().between(-2880, 4320))
            .as((day, minutes) -> day.plus(Duration.ofMinutes(minutes)));
    Arbitrary<Integer> seconds =
        Arbitraries.frequencyOf(
            Tuple.of(7, Arbitraries.just(0)), Tuple.of(3, Arbitraries.integers().between(1, 59)));
    Arbitrary<Instant> at =
        Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(3, anyInstant), Tuple.of(2, nearDst)), seconds)
            .as(Instant::plusSeconds);
    Arbitrary<CallingHours> hours = callingHours().injectNull(0.35);
    Arbitrary<List<StateRule>> rules =
        Arbitraries.of(RULES).list().ofMaxSize(2).uniqueElements().injectDuplicates(0.0);
    Arbitrary<List<DncHit>> dnc =
        Arbitraries.frequency(
            Tuple.of(9, List.<DncHit>of()),
            Tuple.of(1, List.of(new DncHit("DNC_INTERNAL", "generated"))));
    Arbitrary<Purpose> purpose = Arbitraries.of(Purpose.class);
    Arbitrary<Tuple.Tuple2<String, Integer>> subjectAndCap =
        Combinators.combine(
                Arbitraries.of("debt-1", "debt-2").injectNull(0.4),
                Arbitraries.integers().between(1, 4).injectNull(0.5))
            .as(Tuple::of);

    return Combinators.combine(phone, at, hours, rules, dnc, purpose, subjectAndCap, history())
        .as(
            (p, instant, h, r, d, pur, extra, before) ->
                new ComplianceFacts(
                    instant,
                    Cases.LOCATOR.locate(p, null, null, null),
                    pur,
                    h,
                    r,
                    HOLIDAYS,
                    d,
                    before.stream().map(b -> b.at(instant)).toList(),
                    "campaign-1",
                    extra.get1(),
                    extra.get2()));
  }

  /** An attempt some minutes before the asked instant, in the last 8 days. */
  private record PastAttempt(
      long minutesBefore, String campaignId, String subject, boolean talked) {
    Attempt at(Instant asked) {
      Instant minute = asked.truncatedTo(ChronoUnit.MINUTES);
      return new Attempt(
          minute.minus(Duration.ofMinutes(minutesBefore)), campaignId, subject, talked);
    }
  }

  private static Arbitrary<List<PastAttempt>> history() {
    return Combinators.combine(
            Arbitraries.longs().between(0, Duration.ofDays(8).toMinutes()),
            Arbitraries.of("campaign-1", "campaign-2"),
            Arbitraries.of("debt-1", "debt-2").injectNull(0.3),
            Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
        .as(PastAttempt::new)
        .list()
        .ofMaxSize(10);
  }

  private static Arbitrary<CallingHours> callingHours() {
    Arbitrary<DayHours> day =
        Combinators.combine(
                Arbitraries.integers().between(0, 95), Arbitraries.integers().between(1, 96))
            .as(
                (start, length) -> {
                  int end = Math.min(96, start + length);
                  return new DayHours(
                      quarter(start), end == 96 ? LocalTime.MIDNIGHT : quarter(end));
                })
            .injectNull(0.2);
    return day.list()
        .ofSize(7)
        .map(
            days -> {
              Map<DayOfWeek, DayHours> map = new EnumMap<>(DayOfWeek.class);
              for (int i = 0; i < 7; i++) {
                if (days.get(i) != null) {
                  map.put(DayOfWeek.of(i + 1), days.get(i));
                }
              }
              return new CallingHours(map);
            });
  }

  private static LocalTime quarter(int index) {
    return LocalTime.of(index / 4, index % 4 * 15);
  }

  private static boolean isValid(String phone) {
    try {
      Cases.LOCATOR.locate(phone, null, null, null);
      return true;
    } catch (ComplianceInputException e) {
      return false;
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** The rules read literally, one instant at a time. */
  private record Oracle(ComplianceFacts facts) {

    boolean allows(Instant t) {
      if (!facts.dnc().isEmpty()) {
        return false;
      }
      for (ZoneId zone : facts.location().zones()) {
        ZonedDateTime local = t.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        if (time.isBefore(LocalTime.of(8, 0)) || !time.isBefore(LocalTime.of(21, 0))) {
          return false;
        }
        if (facts.hours() != null) {
          DayHours hours = facts.hours().days().get(day.getDayOfWeek());
          if (hours == null || !inside(time, hours.start(), hours.end())) {
            return false;
          }
        }
        for (StateRule rule : facts.stateRules()) {
          boolean sunday = day.getDayOfWeek() == DayOfWeek.SUNDAY;
          if (sunday && rule.noSundays()) {
            return false;
          }
          if (rule.noHolidays() && facts.holidays().contains(day)) {
            return false;
          }
          LocalTime start = rule.windowStart();
          LocalTime end = rule.windowEnd();
          if (sunday && rule.sundayStart() != null) {
            start = rule.sundayStart();
            end = rule.sundayEnd();
          } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY && rule.saturdayStart() != null) {
            start = rule.saturdayStart();
            end = rule.saturdayEnd();
          }
          if (!inside(time, start, end)) {
            return false;
          }
        }
      }
      return underCaps(t);
    }

    private boolean underCaps(Instant t) {
      List<Attempt> aboutSubject =
          facts.history().stream()
              .filter(a -> facts.subject() == null || Objects.equals(facts.subject(), a.subject()))
              .toList();
      if (facts.purpose() == Purpose.DEBT_COLLECTION) {
        if (within(aboutSubject, t, Duration.ofDays(7)) >= 7) {
          return false;
        }
        if (within(
                aboutSubject.stream().filter(Attempt::conversation).toList(), t, Duration.ofDays(7))
            > 0) {
          return false;
        }
      }
      for (StateRule rule : facts.stateRules()) {
        if (rule.maxCalls() != null
            && within(aboutSubject, t, Duration.ofHours(rule.capWindowHours()))
                >= rule.maxCalls()) {
          return false;
        }
      }
      if (facts.maxAttemptsPerDay() != null) {
        List<Attempt> campaign =
            facts.history().stream()
                .filter(a -> facts.campaignId().equals(a.campaignId()))
                .toList();
        return within(campaign, t, Duration.ofDays(1)) < facts.maxAttemptsPerDay();
      }
      return true;
    }

    private static long within(List<Attempt> attempts, Instant t, Duration window) {
      return attempts.stream().filter(a -> a.at().isAfter(t.minus(window))).count();
    }

    private static boolean inside(LocalTime time, LocalTime start, LocalTime end) {
      boolean afterStart = start == null || !time.isBefore(start);
      boolean beforeEnd = end == null || end.equals(LocalTime.MIDNIGHT) || time.isBefore(end);
      return afterStart && beforeEnd;
    }

    /**
     * Every instant in [from, to) where the answer can change: window edges fall on quarter hours
     * (US offsets are whole hours, generated hours are quarter hours) and cap releases on the
     * minute an attempt leaves a window. Between two such points the answer is constant.
     */
    List<Instant> changePoints(Instant from, Instant to) {
      TreeSet<Instant> points = new TreeSet<>();
      points.add(from);
      Instant quarter = from.truncatedTo(ChronoUnit.HOURS);
      while (quarter.isBefore(to)) {
        if (quarter.isAfter(from)) {
          points.add(quarter);
        }
        quarter = quarter.plus(Duration.ofMinutes(15));
      }
      List<Duration> windows = new ArrayList<>(List.of(Duration.ofDays(7), Duration.ofDays(1)));
      facts.stateRules().stream()
          .filter(r -> r.capWindowHours() != null)
          .forEach(r -> windows.add(Duration.ofHours(r.capWindowHours())));
      for (Attempt attempt : facts.history()) {
        for (Duration window : windows) {
          Instant release = attempt.at().plus(window);
          if (release.isAfter(from) && release.isBefore(to)) {
            points.add(release);
          }
        }
      }
      return new ArrayList<>(points);
    }
  }
}
