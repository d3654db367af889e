package dev.dialer.activities.compliance;

import static dev.dialer.activities.compliance.Cases.ENGINE;
import static dev.dialer.activities.compliance.Cases.LOCATOR;
import static dev.dialer.activities.compliance.Cases.facts;
import static dev.dialer.activities.compliance.Cases.lawOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.DayHours;
import dev.dialer.workflows.compliance.Purpose;
import dev.dialer.workflows.compliance.Reason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceEngineTest {

  private static final String NEW_YORK = "+12125550101";

  @Test
  void onTheDayDstStarts_theWindowOpensAt8InDaylightTime() {
    // 2026-03-08: New York moves from UTC-5 to UTC-4 at 02:00.
    ComplianceDecision early =
        ENGINE.decide(lawOnly(NEW_YORK, Instant.parse("2026-03-08T11:59:00Z")));
    assertThat(early.allowed()).isFalse();
    assertThat(early.blockedBy()).isEqualTo(Block.WINDOW);
    assertThat(early.localTimes()).containsEntry("America/New_York", "Sun 2026-03-08 07:59");
    assertThat(early.nextAllowedAt()).isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));

    assertThat(ENGINE.decide(lawOnly(NEW_YORK, Instant.parse("2026-03-08T12:00:00Z"))).allowed())
        .isTrue();
  }

  @Test
  void onTheDayDstEnds_theWindowOpensAt8InStandardTimeAndClosesAt21() {
    // 2026-11-01: New York moves from UTC-4 back to UTC-5 at 02:00.
    ComplianceDecision early =
        ENGINE.decide(lawOnly(NEW_YORK, Instant.parse("2026-11-01T12:30:00Z")));
    assertThat(early.allowed()).isFalse();
    assertThat(early.nextAllowedAt()).isEqualTo(Instant.parse("2026-11-01T13:00:00Z"));

    assertThat(ENGINE.decide(lawOnly(NEW_YORK, Instant.parse("2026-11-02T01:59:00Z"))).allowed())
        .isTrue();
    ComplianceDecision late =
        ENGINE.decide(lawOnly(NEW_YORK, Instant.parse("2026-11-02T02:00:00Z")));
    assertThat(late.allowed()).isFalse();
    assertThat(late.nextAllowedAt()).isEqualTo(Instant.parse("2026-11-02T13:00:00Z"));
  }

  @Test
  void arizonaKeepsStandardTimeInSummer() {
    String phoenix = "+16025551234";
    assertThat(LOCATOR.locate(phoenix, null, null, null).zones())
        .containsExactly(ZoneId.of("America/Phoenix"));
    // 14:59Z in July is 07:59 in Phoenix (UTC-7) though 08:59 in Denver (UTC-6).
    ComplianceDecision summer =
        ENGINE.decide(lawOnly(phoenix, Instant.parse("2026-07-01T14:59:00Z")));
    assertThat(summer.allowed()).isFalse();
    assertThat(summer.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-01T15:00:00Z"));
    ComplianceDecision winter =
        ENGINE.decide(lawOnly(phoenix, Instant.parse("2026-01-15T14:59:00Z")));
    assertThat(winter.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-15T15:00:00Z"));
  }

  @Test
  void hawaiiIsUtcMinus10AllYear() {
    String honolulu = "+18085551234";
    for (String day : List.of("2026-01-15", "2026-07-15")) {
      ComplianceDecision early =
          ENGINE.decide(lawOnly(honolulu, Instant.parse(day + "T17:59:00Z")));
      assertThat(early.timeZones()).containsExactly("Pacific/Honolulu");
      assertThat(early.allowed()).isFalse();
      assertThat(early.nextAllowedAt()).isEqualTo(Instant.parse(day + "T18:00:00Z"));
    }
  }

  @Test
  void an605NumberOnTheZoneLine_isCalledOnlyWhenBothZonesAllow() {
    // 605-200 has no exchange-level zone in libphonenumber: the whole area code spans two zones.
    String southDakota = "+16052001234";
    ComplianceDecision decision =
        ENGINE.decide(lawOnly(southDakota, Instant.parse("2026-01-15T14:30:00Z")));
    assertThat(decision.timeZones()).contains("America/Denver", "America/North_Dakota/Center");
    // 08:30 in Central, 07:30 in Mountain: not yet.
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-15T15:00:00Z"));
    // 20:30 in Mountain is 21:30 in Central: too late.
    assertThat(ENGINE.decide(lawOnly(southDakota, Instant.parse("2026-01-16T03:30:00Z"))).allowed())
        .isFalse();
    // Sioux Falls' own exchange resolves to Central alone.
    assertThat(LOCATOR.locate("+16053311234", null, null, null).zones())
        .containsExactly(ZoneId.of("America/Chicago"));
  }

  @Test
  void an208NumberSpanningMountainAndPacific_waitsForPacific() {
    String idaho = "+12082001234";
    ComplianceDecision decision =
        ENGINE.decide(lawOnly(idaho, Instant.parse("2026-07-01T14:30:00Z")));
    assertThat(decision.timeZones())
        .containsExactlyInAnyOrder("America/Boise", "America/Los_Angeles");
    // 08:30 in Boise (UTC-6), 07:30 in Los Angeles (UTC-7).
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-01T15:00:00Z"));
    assertThat(decision.reasons())
        .filteredOn(Reason::blocking)
        .extracting(Reason::detail)
        .anyMatch(detail -> detail.contains("America/Los_Angeles") && !detail.contains("Boise"));
  }

  @Test
  void pensacolaIsCentralAndTallahasseeIsEastern() {
    Instant at = Instant.parse("2026-01-15T13:30:00Z");
    ComplianceDecision pensacola = ENGINE.decide(lawOnly("+18504331234", at));
    ComplianceDecision tallahassee = ENGINE.decide(lawOnly("+18502221234", at));
    assertThat(pensacola.timeZones()).containsExactly("America/Chicago");
    assertThat(tallahassee.timeZones()).containsExactly("America/New_York");
    assertThat(pensacola.allowed()).isFalse();
    assertThat(tallahassee.allowed()).isTrue();
    assertThat(LOCATOR.locate("+18504331234", null, null, null).states()).containsExactly("FL");
  }

  @Test
  void aTollFreeNumberMustBeAllowedInEveryUsZone() {
    ComplianceDecision decision =
        ENGINE.decide(lawOnly("+18005551234", Instant.parse("2026-07-01T15:00:00Z")));
    assertThat(decision.timeZones())
        .containsExactlyElementsOf(CalleeLocator.ALL_US_ZONES.stream().map(ZoneId::getId).toList());
    assertThat(decision.reasons()).extracting(Reason::rule).contains("ZONE_ALL_US");
    assertThat(decision.allowed()).isFalse();
    // 08:00 in Guam (UTC+10) is the first minute every zone allows; Honolulu is then 12:00.
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-01T22:00:00Z"));
    // 21:00 in New York (01:00Z) closes it.
    assertThat(
            ENGINE.decide(lawOnly("+18005551234", Instant.parse("2026-07-02T01:00:00Z"))).allowed())
        .isFalse();
  }

  @Test
  void aDncNumberIsNeverAllowed() {
    ComplianceDecision decision =
        ENGINE.decide(
            facts(
                NEW_YORK,
                Instant.parse("2026-07-01T16:00:00Z"),
                Purpose.TELEMARKETING,
                null,
                List.of(),
                List.of(new DncHit("DNC_INTERNAL", "opted out")),
                List.of()));
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.blockedBy()).isEqualTo(Block.DNC);
    assertThat(decision.nextAllowedAt()).isNull();
    assertThat(decision.reasons().get(0).rule()).isEqualTo("DNC_INTERNAL");
  }

  @Test
  void floridaTelemarketingStopsAt20AndAfterThreeCallsADay() {
    String miami = "+13055551234";
    Instant at = Instant.parse("2026-07-01T00:30:00Z"); // 20:30 in Miami
    ComplianceDecision late =
        ENGINE.decide(
            facts(
                miami,
                at,
                Purpose.TELEMARKETING,
                null,
                List.of(Cases.FLORIDA),
                List.of(),
                List.of()));
    assertThat(late.allowed()).isFalse();
    assertThat(late.reasons().get(0).rule()).isEqualTo("STATE_WINDOW:FL");

    Instant noon = Instant.parse("2026-07-01T16:00:00Z");
    List<Attempt> three =
        List.of(
            new Attempt(noon.minus(Duration.ofHours(20)), "c", null, false),
            new Attempt(noon.minus(Duration.ofHours(3)), "c", null, false),
            new Attempt(noon.minus(Duration.ofHours(1)), "c", null, false));
    ComplianceDecision capped =
        ENGINE.decide(
            facts(
                miami,
                noon,
                Purpose.TELEMARKETING,
                null,
                List.of(Cases.FLORIDA),
                List.of(),
                three));
    assertThat(capped.blockedBy()).isEqualTo(Block.CAP);
    assertThat(capped.nextAllowedAt()).isEqualTo(noon.plus(Duration.ofHours(4)));
  }

  @Test
  void texasSundayCallsWaitUntilNoon() {
    Instant sundayMorning = Instant.parse("2026-07-05T15:00:00Z"); // 10:00 in Houston
    ComplianceDecision decision =
        ENGINE.decide(
            facts(
                "+12818881234",
                sundayMorning,
                Purpose.TELEMARKETING,
                null,
                List.of(Cases.TEXAS),
                List.of(),
                List.of()));
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-05T17:00:00Z"));
  }

  @Test
  void regulationF_afterAConversationWaitsSevenDays() {
    Instant talked = Instant.parse("2026-07-01T16:00:00Z");
    Instant at = Instant.parse("2026-07-03T16:00:00Z");
    ComplianceDecision decision =
        ENGINE.decide(
            facts(
                NEW_YORK,
                at,
                Purpose.DEBT_COLLECTION,
                null,
                List.of(),
                List.of(),
                List.of(new Attempt(talked, "c", "debt-1", true))));
    assertThat(decision.blockedBy()).isEqualTo(Block.CAP);
    assertThat(decision.reasons().get(0).rule()).isEqualTo("REG_F_AFTER_CONVERSATION");
    assertThat(decision.nextAllowedAt()).isEqualTo(talked.plus(Duration.ofDays(7)));
  }

  @Test
  void regulationF_aCallbackTheCalleeAskedForIsNotHeldOffByTheConversationItWasAskedOn() {
    Instant talked = Instant.parse("2026-07-01T16:00:00Z");
    Instant askedFor = Instant.parse("2026-07-02T21:00:00Z"); // 17:00 the next day in New York
    List<Attempt> history = List.of(new Attempt(talked, "c", "debt-1", true, askedFor));

    ComplianceDecision atTheirTime = debtCall(askedFor, history);
    assertThat(atTheirTime.allowed()).isTrue();
    assertThat(atTheirTime.reasons()).extracting(Reason::rule).contains("REG_F_CONSENT");

    ComplianceDecision early = debtCall(askedFor.minus(Duration.ofHours(1)), history);
    assertThat(early.reasons().get(0).rule()).isEqualTo("REG_F_AFTER_CONVERSATION");
  }

  @Test
  void regulationF_theConsentCoversOneCallWithinSevenDaysOfIt() {
    Instant talked = Instant.parse("2026-07-01T16:00:00Z");
    Instant askedFor = Instant.parse("2026-07-02T21:00:00Z");
    Attempt consent = new Attempt(talked, "c", "debt-1", true, askedFor);

    ComplianceDecision second =
        debtCall(
            askedFor.plus(Duration.ofHours(1)),
            List.of(consent, new Attempt(askedFor, "c", "debt-1", false)));
    assertThat(second.reasons().get(0).rule()).isEqualTo("REG_F_AFTER_CONVERSATION");

    Attempt tooFarAhead = new Attempt(talked, "c", "debt-1", true, talked.plus(Duration.ofDays(8)));
    ComplianceDecision late = debtCall(talked.plus(Duration.ofDays(8)), List.of(tooFarAhead));
    assertThat(late.reasons()).extracting(Reason::rule).doesNotContain("REG_F_CONSENT");
  }

  @Test
  void regulationF_aCallTheCalleeAskedForIsNotCountedInSevenInSeven() {
    // Asked on day 0 for a call on day 6; that call found no one. Six more attempts on day 7;
    // on day 8 the window (day 1, day 8] holds seven calls, one of them the one asked for.
    Instant day0 = Instant.parse("2026-07-01T16:00:00Z");
    Instant day6 = day0.plus(Duration.ofDays(6));
    List<Attempt> history = new ArrayList<>();
    history.add(new Attempt(day0, "c", "debt-1", true, day6));
    history.add(new Attempt(day6, "c", "debt-1", false));
    for (int i = 0; i < 6; i++) {
      history.add(
          new Attempt(
              day0.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(i)), "c", "debt-1", false));
    }
    ComplianceDecision decision = debtCall(day0.plus(Duration.ofDays(8)), history);
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.reasons())
        .filteredOn(r -> r.rule().equals("REG_F_7_IN_7"))
        .singleElement()
        .satisfies(r -> assertThat(r.detail()).startsWith("6 of at most 7"));
  }

  private static ComplianceDecision debtCall(Instant at, List<Attempt> history) {
    return ENGINE.decide(
        facts(NEW_YORK, at, Purpose.DEBT_COLLECTION, null, List.of(), List.of(), history));
  }

  @Test
  void campaignHoursNarrowTheWindowAndSkipDaysOff() {
    CallingHours weekdays =
        new CallingHours(
            Map.of(
                DayOfWeek.MONDAY, new DayHours(LocalTime.of(10, 0), LocalTime.of(17, 0)),
                DayOfWeek.FRIDAY, new DayHours(LocalTime.of(10, 0), LocalTime.of(17, 0))));
    // Friday 2026-07-03 18:00 New York: closed until Monday 10:00.
    ComplianceDecision decision =
        ENGINE.decide(
            facts(
                NEW_YORK,
                Instant.parse("2026-07-03T22:00:00Z"),
                Purpose.INFORMATIONAL,
                weekdays,
                List.of(),
                List.of(),
                List.of()));
    assertThat(decision.reasons().get(0).rule()).isEqualTo("CAMPAIGN_HOURS");
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-06T14:00:00Z"));
  }

  @Test
  void aStateHolidayBanSkipsTheHoliday() {
    StateRule noHolidays =
        new StateRule(
            "ZZ",
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
            "test");
    ComplianceFacts base =
        facts(
            NEW_YORK,
            Instant.parse("2026-07-03T16:00:00Z"),
            Purpose.TELEMARKETING,
            null,
            List.of(noHolidays),
            List.of(),
            List.of());
    ComplianceFacts onHoliday =
        new ComplianceFacts(
            base.at(),
            base.location(),
            base.purpose(),
            null,
            base.stateRules(),
            HolidayCalendar.of(Set.of(java.time.LocalDate.parse("2026-07-03"))),
            List.of(),
            List.of(),
            null,
            null,
            null);
    ComplianceDecision decision = ENGINE.decide(onHoliday);
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-04T12:00:00Z"));
  }

  @Test
  void rhodeIslandSaturdaysRunFrom10To17AndSundaysAreOff() {
    String providence = "+14012221234";
    // Saturday 2026-07-04 09:30 in Providence (UTC-4).
    ComplianceDecision saturday =
        ENGINE.decide(
            facts(
                providence,
                Instant.parse("2026-07-04T13:30:00Z"),
                Purpose.TELEMARKETING,
                null,
                List.of(Cases.RHODE_ISLAND),
                List.of(),
                List.of()));
    assertThat(saturday.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-04T14:00:00Z"));
    // Saturday 17:00: closed until Monday 09:00.
    ComplianceDecision evening =
        ENGINE.decide(
            facts(
                providence,
                Instant.parse("2026-07-04T21:00:00Z"),
                Purpose.TELEMARKETING,
                null,
                List.of(Cases.RHODE_ISLAND),
                List.of(),
                List.of()));
    assertThat(evening.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-06T13:00:00Z"));
  }

  @Test
  void givenAZoneOrZip_whenLocating_itShouldAddTheirZonesToTheNumbers() {
    assertThat(LOCATOR.locate(NEW_YORK, "America/Los_Angeles", null, null).zones())
        .containsExactly(ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"));
    CalleeLocation pensacola = LOCATOR.locate(NEW_YORK, null, "32501", null);
    assertThat(pensacola.states()).containsExactly("FL", "NY");
    assertThat(pensacola.zones())
        .contains(ZoneId.of("America/Chicago"), ZoneId.of("America/New_York"));
    assertThat(LOCATOR.locate(NEW_YORK, null, "85001", null).zones())
        .containsExactly(ZoneId.of("America/New_York"), ZoneId.of("America/Phoenix"));
  }

  @Test
  void givenACampaignThatExcludesADate_whenAskedThatDay_itShouldWaitForTheNextDay() {
    ComplianceDecision decision =
        ENGINE.decide(
            withCalendar(
                NEW_YORK,
                Instant.parse("2026-07-01T14:00:00Z"),
                new CallingHours(
                    everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                    List.of(java.time.LocalDate.parse("2026-07-01")),
                    null)));
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reasons().get(0).rule()).isEqualTo("CAMPAIGN_HOURS");
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-02T13:00:00Z"));
  }

  @Test
  void givenACampaignThatExcludesHolidays_whenAskedOnThanksgiving_itShouldWaitForFriday() {
    CallingHours hours =
        new CallingHours(everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0)), List.of(), true);
    // Thanksgiving 2031 (fourth Thursday of November, the 27th), 10:00 EST: a year no table held.
    ComplianceDecision decision =
        ENGINE.decide(withCalendar(NEW_YORK, Instant.parse("2031-11-27T15:00:00Z"), hours));
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2031-11-28T14:00:00Z"));
    CallingHours working = new CallingHours(hours.days(), List.of(), false);
    assertThat(
            ENGINE
                .decide(withCalendar(NEW_YORK, Instant.parse("2031-11-27T15:00:00Z"), working))
                .allowed())
        .isTrue();
  }

  private static Map<DayOfWeek, DayHours> everyDay(LocalTime start, LocalTime end) {
    Map<DayOfWeek, DayHours> days = new java.util.EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      days.put(day, new DayHours(start, end));
    }
    return days;
  }

  private static ComplianceFacts withCalendar(String phone, Instant at, CallingHours hours) {
    return new ComplianceFacts(
        at,
        LOCATOR.locate(phone, null, null, null),
        Purpose.INFORMATIONAL,
        hours,
        List.of(),
        HolidayCalendar.forYears(
            at.atZone(ZoneId.of("UTC")).getYear() - 1,
            at.atZone(ZoneId.of("UTC")).getYear() + 1,
            Map.of()),
        List.of(),
        List.of(),
        null,
        null,
        null);
  }
}
