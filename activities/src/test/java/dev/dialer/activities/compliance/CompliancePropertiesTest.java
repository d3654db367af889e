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
import java.time.ZoneOffset;
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
              "no Sundays, on the Central Standard clock too",
              null,
              HolidayDates.BOTH,
              false,
              ZoneId.of("Etc/GMT+6"),
              true),
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
              "observed holidays and the state's own off, 2 per 48 h",
              null,
              HolidayDates.OBSERVED,
              true,
              null,
              false),
          Cases.RHODE_ISLAND);

  /** Federal holidays: actual dates and, apart, observed ones, so that rules can pick either. */
  private static final HolidayCalendar HOLIDAYS =
      new HolidayCalendar(
          Set.of(
              LocalDate.parse("2026-07-04"),
              LocalDate.parse("2026-11-26"),
              LocalDate.parse("2026-12-25"),
              LocalDate.parse("2027-01-01"),
              LocalDate.parse("2027-03-14")),
          Set.of(
              LocalDate.parse("2026-07-03"),
              LocalDate.parse("2026-11-26"),
              LocalDate.parse("2026-12-25"),
              LocalDate.parse("2027-01-01"),
              LocalDate.parse("2027-03-15")),
          Map.of("ZZ", Set.of(LocalDate.parse("2026-03-09"), LocalDate.parse("2027-11-08"))));

  /**
   * Rows that take over from a rule of the same state on a date near the asked instant, so that a
   * search crosses the day a law changes.
   */
  private static final List<StateRule> LATER =
      List.of(
          new StateRule(
              "FL",
              Purpose.TELEMARKETING,
              LocalTime.of(10, 0),
              LocalTime.of(19, 0),
              null,
              null,
              null,
              null,
              true,
              false,
              1,
              24,
              "later FL"),
          new StateRule(
              "TX",
              Purpose.TELEMARKETING,
              null,
              null,
              null,
              null,
              null,
              null,
              false,
              true,
              null,
              null,
              "later TX, actual holiday dates off",
              null,
              HolidayDates.ACTUAL,
              false,
              null,
              false),
          new StateRule(
              "MS",
              Purpose.TELEMARKETING,
              LocalTime.of(8, 0),
              LocalTime.of(20, 0),
              null,
              null,
              null,
              null,
              false,
              false,
              0,
              24,
              "later MS, never"));

  /** ZIPs, zones and states a contact may carry besides its number. */
  private static final List<String> ZIPS =
      List.of("10001", "32501", "85001", "96799", "99546", "86045", "47978", "20166", "59001");

  private static final List<String> GIVEN_ZONES =
      List.of("America/Chicago", "Pacific/Honolulu", "America/Phoenix", "Pacific/Guam");

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
  void theDecisionAtTheAskedInstantMatchesTheOracle(@ForAll("batches") List<Case> batch) {
    batch.forEach(CompliancePropertiesTest::matchesTheOracle);
  }

  @Property(tries = 2_000, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void noAllowedMinuteLiesBeforeNextAllowedAt(@ForAll("batches") List<Case> batch) {
    batch.forEach(CompliancePropertiesTest::nothingAllowedBeforeNext);
  }

  @Property(tries = 500, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void theLocationHoldsEveryStateItsSourcesName(@ForAll("batches") List<Case> batch) {
    for (Case c : batch) {
      Set<String> expected = new TreeSet<>();
      UsStates.fromGeocoder(
              com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder.getInstance()
                  .getDescriptionForNumber(parse(c.phone()), java.util.Locale.ENGLISH))
          .ifPresent(expected::add);
      if (c.zip() != null) {
        ZIP_TABLE.find(c.zip()).ifPresent(e -> expected.add(e.state()));
      }
      if (c.state() != null) {
        expected.add(c.state());
      }
      assertThat(c.facts().location().states()).as("%s", c).containsAll(expected);
    }
  }

  /** Cases come in batches: jqwik's bookkeeping per try would otherwise cost more than a case. */
  @Provide
  Arbitrary<List<Case>> batches() {
    return cases().list().ofSize(BATCH);
  }

  private static void matchesTheOracle(Case c) {
    ComplianceFacts facts = c.facts();
    ComplianceDecision decision = Cases.ENGINE.decide(facts);
    Oracle oracle = new Oracle(c);

    if (!facts.dnc().isEmpty()) {
      assertThat(decision.allowed()).isFalse();
      assertThat(decision.blockedBy()).isEqualTo(Block.DNC);
      assertThat(decision.nextAllowedAt()).isNull();
      return;
    }
    assertThat(new TreeSet<>(decision.timeZones()))
        .as("%s", c)
        .isEqualTo(new TreeSet<>(oracle.zones().stream().map(ZoneId::getId).toList()));
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

  private static void nothingAllowedBeforeNext(Case c) {
    ComplianceFacts facts = c.facts();
    ComplianceDecision decision = Cases.ENGINE.decide(facts);
    if (decision.blockedBy() == Block.DNC || decision.allowed()) {
      return;
    }
    Oracle oracle = new Oracle(c);
    Instant end =
        decision.nextAllowedAt() == null
            ? facts.at().plus(SCAN)
            : min(decision.nextAllowedAt(), facts.at().plus(SCAN));
    for (Instant t : oracle.changePoints(facts.at(), end)) {
      assertThat(oracle.allows(t)).as("allowed at %s before %s: %s", t, end, facts).isFalse();
    }
  }

  /**
   * One generated case: the facts the engine decides on, and the sources of the callee's location
   * the oracle reads on its own.
   */
  record Case(
      ComplianceFacts facts,
      String phone,
      String zip,
      String timezone,
      String state,
      boolean verified) {}

  private record Callee(
      String phone, String zip, String timezone, String state, boolean verified) {}

  private static final ZipTable ZIP_TABLE = new ZipTable();

  private static Arbitrary<Case> cases() {
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
    Arbitrary<List<StateRule>> base =
        Arbitraries.of(RULES).list().ofMaxSize(2).uniqueElements().injectDuplicates(0.0);
    Arbitrary<Tuple.Tuple2<StateRule, Integer>> successor =
        Combinators.combine(Arbitraries.of(LATER), Arbitraries.integers().between(-1, 3))
            .as(Tuple::of)
            .injectNull(0.5);
    Arbitrary<Tuple.Tuple2<List<StateRule>, Tuple.Tuple2<StateRule, Integer>>> rules =
        Combinators.combine(base, successor).as(Tuple::of);
    Arbitrary<Callee> callee =
        Combinators.combine(
                phone,
                Arbitraries.of(ZIPS).injectNull(0.6),
                Arbitraries.of(GIVEN_ZONES).injectNull(0.7),
                Arbitraries.of("FL", "GA", "RI").injectNull(0.7),
                Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
            .as(Callee::new);
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

    return Combinators.combine(callee, at, hours, rules, dnc, purpose, subjectAndCap, history())
        .as(
            (who, instant, h, r, d, pur, extra, before) -> {
              List<StateRule> rows = new ArrayList<>(r.get1());
              if (r.get2() != null) {
                LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
                rows.add(r.get2().get1().from(day.plusDays(r.get2().get2())));
              }
              ComplianceFacts facts =
                  new ComplianceFacts(
                      instant,
                      Cases.LOCATOR.locate(
                          who.phone(), who.timezone(), who.zip(), who.state(), who.verified()),
                      pur,
                      h,
                      rows,
                      HOLIDAYS,
                      d,
                      before.stream().map(b -> b.at(instant)).toList(),
                      "campaign-1",
                      extra.get1(),
                      extra.get2());
              return new Case(
                  facts, who.phone(), who.zip(), who.timezone(), who.state(), who.verified());
            });
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
    Arbitrary<Map<DayOfWeek, DayHours>> week =
        day.list()
            .ofSize(7)
            .map(
                days -> {
                  Map<DayOfWeek, DayHours> map = new EnumMap<>(DayOfWeek.class);
                  for (int i = 0; i < 7; i++) {
                    if (days.get(i) != null) {
                      map.put(DayOfWeek.of(i + 1), days.get(i));
                    }
                  }
                  return map;
                });
    // Excluded dates near the asked instants of the DST clusters, and the holidays switch.
    Arbitrary<List<LocalDate>> excluded =
        Arbitraries.of(DST_DAYS)
            .map(d -> d.atZone(ZoneOffset.UTC).toLocalDate())
            .list()
            .ofMaxSize(2)
            .map(days -> days.stream().map(d -> d.plusDays(d.getDayOfMonth() % 3)).toList());
    return Combinators.combine(
            week, excluded, Arbitraries.frequency(Tuple.of(2, true), Tuple.of(3, false)))
        .as(CallingHours::new);
  }

  private static LocalTime quarter(int index) {
    return LocalTime.of(index / 4, index % 4 * 15);
  }

  private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parse(String phone) {
    try {
      return com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance().parse(phone, null);
    } catch (com.google.i18n.phonenumbers.NumberParseException e) {
      throw new IllegalStateException(e);
    }
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
  private record Oracle(Case c, ComplianceFacts facts, Set<ZoneId> zones) {

    Oracle(Case c) {
      this(c, c.facts(), zonesOf(c));
    }

    /** Every zone some source names; a verified location's own zone alone. */
    private static Set<ZoneId> zonesOf(Case c) {
      Set<ZoneId> zones = new java.util.LinkedHashSet<>();
      if (c.verified() && c.timezone() != null) {
        zones.add(ZoneId.of(c.timezone()));
        return zones;
      }
      zones.addAll(Cases.LOCATOR.locate(c.phone(), null, null, null).zones());
      if (c.zip() != null) {
        ZIP_TABLE.find(c.zip()).ifPresent(e -> zones.addAll(e.zones()));
      }
      if (c.timezone() != null) {
        zones.add(ZoneId.of(c.timezone()));
      }
      return zones;
    }

    boolean allows(Instant t) {
      if (!facts.dnc().isEmpty()) {
        return false;
      }
      for (ZoneId zone : zones()) {
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
          if (facts.hours().excludeDates().contains(day)
              || (facts.hours().skipsHolidays() && federalHoliday(day))) {
            return false;
          }
        }
        for (String state : states()) {
          StateRule rule = inForce(state, day);
          if (rule != null && !allowedBy(rule, day, time)) {
            return false;
          }
          // A statute's own clock: the row in force on that clock's date, read on that clock.
          for (ZoneId clock : clocks(state)) {
            ZonedDateTime there = t.atZone(clock);
            StateRule clocked = inForce(state, there.toLocalDate());
            if (clocked != null
                && clock.equals(clocked.clock())
                && !allowedBy(clocked, there.toLocalDate(), there.toLocalTime())) {
              return false;
            }
          }
        }
      }
      return underCaps(t);
    }

    private Set<String> states() {
      Set<String> states = new TreeSet<>();
      facts.stateRules().forEach(r -> states.add(r.state()));
      return states;
    }

    private Set<ZoneId> clocks(String state) {
      Set<ZoneId> clocks = new java.util.HashSet<>();
      facts.stateRules().stream()
          .filter(r -> r.state().equals(state) && r.clock() != null)
          .forEach(r -> clocks.add(r.clock()));
      return clocks;
    }

    /** The state's newest row whose effective date is not after the local day. */
    private StateRule inForce(String state, LocalDate day) {
      StateRule found = null;
      for (StateRule rule : facts.stateRules()) {
        if (rule.state().equals(state)
            && !rule.effectiveFrom().isAfter(day)
            && (found == null || rule.effectiveFrom().isAfter(found.effectiveFrom()))) {
          found = rule;
        }
      }
      return found;
    }

    private boolean federalHoliday(LocalDate day) {
      return facts.holidays().federalActual().contains(day)
          || facts.holidays().federalObserved().contains(day);
    }

    private boolean holiday(StateRule rule, LocalDate day) {
      boolean federal =
          switch (rule.holidayDates()) {
            case ACTUAL -> facts.holidays().federalActual().contains(day);
            case OBSERVED -> facts.holidays().federalObserved().contains(day);
            case BOTH -> federalHoliday(day);
          };
      return federal
          || (rule.stateHolidays()
              && facts.holidays().stateDays().getOrDefault(rule.state(), Set.of()).contains(day));
    }

    private boolean allowedBy(StateRule rule, LocalDate day, LocalTime time) {
      boolean sunday = day.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (sunday && rule.noSundays()) {
        return false;
      }
      if (rule.noHolidays() && holiday(rule, day)) {
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
      return inside(time, start, end);
    }

    private boolean underCaps(Instant t) {
      // An attempt without a subject may have been about any: it counts toward every subject.
      List<Attempt> aboutSubject =
          facts.history().stream()
              .filter(
                  a ->
                      facts.subject() == null
                          || a.subject() == null
                          || Objects.equals(facts.subject(), a.subject()))
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
      for (String state : states()) {
        for (ZoneId zone : zones()) {
          StateRule rule = inForce(state, t.atZone(zone).toLocalDate());
          if (rule != null
              && rule.maxCalls() != null
              && within(aboutSubject, t, Duration.ofHours(rule.capWindowHours()))
                  >= rule.maxCalls()) {
            return false;
          }
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
