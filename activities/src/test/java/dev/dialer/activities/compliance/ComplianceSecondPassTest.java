package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Purpose;
import dev.dialer.workflows.compliance.Reason;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 through the checker and the migrated rule table: where the callee may be, what caps
 * count, which day's rules and holidays apply. Each case is one the engine allowed (or crashed on)
 * before.
 */
class ComplianceSecondPassTest {

  @RegisterExtension static final CheckerFixture db = new CheckerFixture();
  private static final JdbcClient jdbc = db.jdbc;
  private static final ComplianceChecker checker = db.checker;

  @Test
  void givenAMiamiNumberWithStateGeorgia_whenCalledAt2030Eastern_itShouldApplyFloridasHours() {
    // 20:30 EDT: Georgia follows the federal 21:00, Florida ends at 20:00 and presumes a call to
    // its area codes reaches someone in Florida.
    ComplianceDecision decision =
        checker.check(
            request("+13055550101", "2026-07-01T00:30:00Z", Purpose.TELEMARKETING)
                .state("GA")
                .build());
    assertThat(decision.allowed()).isFalse();
    assertThat(rules(decision)).contains("STATE_WINDOW:FL", "LOCATION_STATE", "ZONE_FROM_NUMBER");
  }

  @Test
  void givenAHonoluluNumberWithANewYorkZip_whenCalledAt0830Eastern_itShouldWaitForHawaii() {
    // 08:30 EDT is 02:30 in Honolulu: the ZIP may be stale, the number may ring in Hawaii.
    ComplianceDecision decision =
        checker.check(
            request("+18085550101", "2026-07-01T12:30:00Z", Purpose.INFORMATIONAL)
                .zip("10001")
                .build());
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.timeZones()).contains("Pacific/Honolulu", "America/New_York");
    assertThat(rules(decision)).contains("ZONE_FROM_NUMBER", "LOCATION_ZIP");
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-01T18:00:00Z"));
  }

  @Test
  void givenAGivenZone_whenTheLocationIsNotVerified_itShouldOnlyAddToTheNumbersZones() {
    ComplianceDecision decision =
        checker.check(
            request("+12125550101", "2026-07-01T12:30:00Z", Purpose.INFORMATIONAL)
                .timezone("America/Los_Angeles")
                .build());
    assertThat(decision.timeZones()).containsExactly("America/New_York", "America/Los_Angeles");
    assertThat(decision.allowed()).isFalse();
  }

  @Test
  void givenAVerifiedLocation_whenAZoneIsGiven_itShouldNarrowToThatZone() {
    ComplianceDecision decision =
        checker.check(
            request("+12125550101", "2026-07-01T12:30:00Z", Purpose.INFORMATIONAL)
                .timezone("America/New_York")
                .verified()
                .build());
    assertThat(decision.timeZones()).containsExactly("America/New_York");
    assertThat(rules(decision)).contains("LOCATION_ZONE_VERIFIED");
  }

  @Test
  void givenATollFreeNumber_whenItIsDawnInGuam_itShouldWaitForEveryUsZoneIncludingTerritories() {
    // 20:00 UTC: 10:00 in Honolulu, 16:00 in New York, 06:00 in Guam and Saipan.
    ComplianceDecision decision =
        checker.check(
            request("+18005550101", "2026-07-01T20:00:00Z", Purpose.INFORMATIONAL).build());
    assertThat(decision.timeZones())
        .contains(
            "America/Puerto_Rico",
            "America/St_Thomas",
            "Pacific/Guam",
            "Pacific/Saipan",
            "Pacific/Pago_Pago");
    assertThat(decision.allowed()).isFalse();
    // 08:00 in Guam (UTC+10) is 22:00 UTC; Pago Pago (UTC-11) is then 11:00.
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-01T22:00:00Z"));
  }

  @Test
  void givenANumberLibphonenumberPlacesOnlyByItsNanpFallback_itShouldSaySoAndApplyEveryState() {
    ComplianceDecision decision =
        checker.check(
            request("+15005550101", "2026-07-01T20:00:00Z", Purpose.TELEMARKETING).build());
    assertThat(rules(decision)).contains("ZONE_NANP_FALLBACK");
    assertThat(rules(decision)).contains("STATE_WINDOW:FL", "STATE_WINDOW:RI", "STATE_WINDOW:TX");
    assertThat(decision.timeZones()).doesNotContain("America/Toronto", "Atlantic/Bermuda");
  }

  @Test
  void givenThreeUntaggedCalls_whenASubjectIsGiven_itShouldStillCountThemTowardFloridasCap() {
    String miami = "+13055550102";
    Instant at = Instant.parse("2026-07-01T16:00:00Z");
    for (int hoursAgo : new int[] {20, 10, 2}) {
      db.attempt(miami, at.minus(Duration.ofHours(hoursAgo)), null, null);
    }
    ComplianceDecision decision =
        checker.check(
            request(miami, "2026-07-01T16:00:00Z", Purpose.TELEMARKETING).subject("X").build());
    assertThat(decision.blockedBy()).isEqualTo(Block.CAP);
    assertThat(decision.reasons().get(0).rule()).isEqualTo("STATE_CAP:FL");
    assertThat(decision.reasons().get(0).detail()).startsWith("3 of at most 3");
  }

  @Test
  void givenCallsToAnotherNumberOfTheSamePerson_whenCheckingForACampaign_itShouldCountThem() {
    Instant at = Instant.parse("2026-07-01T16:00:00Z");
    jdbc.sql(
            """
            INSERT INTO campaign (campaign_id, name, purpose, status, settings)
            VALUES ('cmp-person', 'person', 'PAYMENT_REMINDER', 'RUNNING', '{}'::jsonb)
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO campaign_contact (campaign_id, row_number, phone, custom_parameters)
            VALUES ('cmp-person', 1, '+13055550104', '{"accountId": "acct-42"}'::jsonb)
            """)
        .update();
    for (int hoursAgo : new int[] {20, 10, 2}) {
      String id = db.attempt("+13055550103", at.minus(Duration.ofHours(hoursAgo)), null, null);
      jdbc.sql(
              "UPDATE call_ledger SET custom_parameters = '{\"accountId\": \"acct-42\"}'::jsonb"
                  + " WHERE call_id = :id")
          .param("id", id)
          .update();
    }
    ComplianceDecision decision =
        checker.check(
            request("+13055550104", "2026-07-01T16:00:00Z", Purpose.TELEMARKETING)
                .campaign("cmp-person")
                .build());
    assertThat(decision.blockedBy()).isEqualTo(Block.CAP);
    assertThat(rules(decision)).contains("PERSON");
  }

  @Test
  void givenACapOfZero_whenChecked_itShouldNeverAllowAndNotCrash() {
    jdbc.sql(
            """
            INSERT INTO state_rule (state, purpose, effective_from, max_calls, cap_window_hours, citation)
            VALUES ('VI', 'DEBT_COLLECTION', '2020-01-01', 0, 24, 'test: never')
            """)
        .update();
    ComplianceDecision decision =
        checker.check(
            request("+13407731234", "2026-07-01T16:00:00Z", Purpose.DEBT_COLLECTION)
                .state("VI")
                .build());
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.blockedBy()).isEqualTo(Block.CAP);
    assertThat(decision.nextAllowedAt()).isNull();
  }

  @Test
  void givenARuleInForceFromGuamsLocalDate_whenUtcIsStillTheDayBefore_itShouldApplyIt() {
    jdbc.sql(
            """
            INSERT INTO state_rule (state, purpose, effective_from, window_start, window_end, citation)
            VALUES ('GU', 'TELEMARKETING', '2026-07-02', '10:00', '20:00', 'test: from July 2')
            """)
        .update();
    // 2026-07-01T22:30Z is 08:30 on July 2 in Guam.
    ComplianceDecision decision =
        checker.check(
            request("+16715550123", "2026-07-01T22:30:00Z", Purpose.TELEMARKETING)
                .state("GU")
                .build());
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-02T00:00:00Z"));
  }

  @Test
  void givenARuleThatStartsDuringTheSearch_whenSearchingTheNextTime_itShouldApplyItFromItsDay() {
    jdbc.sql(
            """
            INSERT INTO state_rule (state, purpose, effective_from, window_start, window_end, citation)
            VALUES ('MP', 'TELEMARKETING', '2026-07-06', '10:00', '20:00', 'test: from July 6')
            """)
        .update();
    // Sunday 2026-07-05 21:30 in Saipan (UTC+10): the next day is the rule's first.
    ComplianceDecision decision =
        checker.check(
            request("+16705550123", "2026-07-05T11:30:00Z", Purpose.TELEMARKETING)
                .state("MP")
                .build());
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-06T00:00:00Z"));
  }

  @Test
  void givenRhodeIslandsHolidayBan_whenIndependenceDay2029_itShouldBlockBeyondTheOldTable() {
    ComplianceDecision decision =
        checker.check(
            request("+14012221234", "2029-07-04T16:00:00Z", Purpose.TELEMARKETING).build());
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reasons().get(0).rule()).isEqualTo("STATE_WINDOW:RI");
  }

  @Test
  void givenRhodeIslandsHolidayBan_whenJuly4FallsOnSaturday_itShouldBanTheActualDateToo() {
    // 2026-07-04 is a Saturday, observed on Friday July 3; noon EDT is inside Saturday's hours.
    ComplianceDecision decision =
        checker.check(
            request("+14012221234", "2026-07-04T16:00:00Z", Purpose.TELEMARKETING).build());
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-07-06T13:00:00Z"));
  }

  @Test
  void givenRhodeIslandsHolidayBan_whenVictoryDay_itShouldBanTheStateHoliday() {
    // Victory Day: the second Monday of August, 2026-08-10.
    ComplianceDecision decision =
        checker.check(
            request("+14012221234", "2026-08-10T16:00:00Z", Purpose.TELEMARKETING).build());
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-08-11T13:00:00Z"));
  }

  @Test
  void givenFloridasRow_itShouldCite501616AsInForceFrom2021() {
    Integer rows =
        jdbc.sql(
                """
                SELECT count(*) FROM state_rule WHERE state = 'FL' AND purpose = 'TELEMARKETING'
                   AND effective_from = '2021-07-01' AND citation LIKE '%501.616(6)%'
                """)
            .query(Integer.class)
            .single();
    assertThat(rows).isEqualTo(1);
    // At 20:30 EDT on 2022-07-01 Florida's 20:00 already held.
    assertThat(
            checker
                .check(
                    request("+13055550105", "2022-07-02T00:30:00Z", Purpose.TELEMARKETING).build())
                .allowed())
        .isFalse();
  }

  @Test
  void givenZipsThatLieAcrossZonesOrStates_itShouldListEveryZoneAndTheRightState() {
    assertThat(zones("96799")).contains("Pacific/Pago_Pago");
    assertThat(zones("99546")).contains("America/Adak");
    assertThat(zones("86045")).contains("America/Denver", "America/Phoenix");
    assertThat(zones("89883")).contains("America/Denver");
    assertThat(zones("47978")).contains("America/Chicago");
    assertThat(purpose("20166")).contains("VA").doesNotContain("DC");
    assertThat(purpose("05501")).contains("MA").doesNotContain("VT");
  }

  private static java.util.List<String> zones(String zip) {
    return checker
        .check(
            request("+12125550106", "2026-07-01T16:00:00Z", Purpose.INFORMATIONAL).zip(zip).build())
        .timeZones();
  }

  private static String purpose(String zip) {
    return checker
        .check(
            request("+12125550106", "2026-07-01T16:00:00Z", Purpose.INFORMATIONAL).zip(zip).build())
        .reasons()
        .stream()
        .filter(r -> r.rule().equals("PURPOSE"))
        .findFirst()
        .orElseThrow()
        .detail();
  }

  private static java.util.List<String> rules(ComplianceDecision decision) {
    return decision.reasons().stream().map(Reason::rule).toList();
  }

  private static Request request(String phone, String at, Purpose purpose) {
    return new Request(phone, Instant.parse(at), purpose);
  }

  /** A request built step by step, so that each case names only what it is about. */
  private static final class Request {
    private final String phone;
    private final Instant at;
    private final Purpose purpose;
    private String campaignId;
    private String timezone;
    private String zip;
    private String state;
    private String subject;
    private boolean verified;

    Request(String phone, Instant at, Purpose purpose) {
      this.phone = phone;
      this.at = at;
      this.purpose = purpose;
    }

    Request campaign(String value) {
      campaignId = value;
      return this;
    }

    Request timezone(String value) {
      timezone = value;
      return this;
    }

    Request zip(String value) {
      zip = value;
      return this;
    }

    Request state(String value) {
      state = value;
      return this;
    }

    Request subject(String value) {
      subject = value;
      return this;
    }

    Request verified() {
      verified = true;
      return this;
    }

    ComplianceCheckRequest build() {
      return new ComplianceCheckRequest(
          phone,
          at,
          campaignId,
          purpose,
          null,
          timezone,
          zip,
          state,
          subject,
          null,
          null,
          verified ? Boolean.TRUE : null);
    }
  }
}
