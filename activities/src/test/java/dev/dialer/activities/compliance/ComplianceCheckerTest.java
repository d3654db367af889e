package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.activities.dnc.DncStore;
import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Purpose;
import dev.dialer.workflows.compliance.Reason;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The checker against real PostgreSQL: seeded state rules, the ledger's history, the lists. */
class ComplianceCheckerTest {

  private static final Instant NOON_MIAMI = Instant.parse("2026-07-01T16:00:00Z");

  private static EmbeddedPostgres postgres;
  private static JdbcClient jdbc;
  private static ComplianceChecker checker;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    checker =
        new ComplianceChecker(new CalleeLocator(), new DncStore(jdbc), new ComplianceStore(jdbc));
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void floridasSeededCapCountsAttemptsOfEveryCampaignFromTheLedger() {
    String miami = "+13055550177";
    for (int hoursAgo : new int[] {23, 5, 1}) {
      attempt(miami, NOON_MIAMI.minus(Duration.ofHours(hoursAgo)), "campaign-" + hoursAgo, null);
    }
    ComplianceDecision decision = checker.check(request(miami, Purpose.TELEMARKETING, null));

    assertThat(decision.blockedBy()).isEqualTo(Block.CAP);
    assertThat(decision.reasons().get(0).rule()).isEqualTo("STATE_CAP:FL");
    assertThat(decision.reasons().get(0).detail()).contains("501.616");
    assertThat(decision.nextAllowedAt()).isEqualTo(NOON_MIAMI.plus(Duration.ofHours(1)));
  }

  @Test
  void aConversationAboutADebtHoldsOffThatDebtOnly() {
    String miami = "+13055550178";
    String callId = attempt(miami, NOON_MIAMI.minus(Duration.ofDays(2)), "collections", "debt-7");
    jdbc.sql("UPDATE call_ledger SET disposition = 'COMPLETED' WHERE call_id = :id")
        .param("id", callId)
        .update();

    ComplianceDecision sameDebt = checker.check(request(miami, Purpose.DEBT_COLLECTION, "debt-7"));
    assertThat(sameDebt.reasons().get(0).rule()).isEqualTo("REG_F_AFTER_CONVERSATION");
    assertThat(sameDebt.nextAllowedAt()).isEqualTo(NOON_MIAMI.plus(Duration.ofDays(5)));
    assertThat(checker.check(request(miami, Purpose.DEBT_COLLECTION, "debt-8")).allowed()).isTrue();
  }

  @Test
  void withoutARegistrySnapshotTelemarketingChecksWarn() {
    ComplianceDecision decision =
        checker.check(request("+12125550179", Purpose.TELEMARKETING, null));
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.warnings()).anyMatch(w -> w.contains("National Do Not Call Registry"));
    assertThat(decision.reasons()).extracting(Reason::rule).contains("PURPOSE");
  }

  @Test
  void anUnreadableZoneNamesTheField() {
    ComplianceCheckRequest request =
        new ComplianceCheckRequest(
            "+12125550179", NOON_MIAMI, null, null, null, "Mars/Base", null, null, null, null);
    assertThatThrownBy(() -> checker.check(request))
        .isInstanceOfSatisfying(
            ComplianceInputException.class, e -> assertThat(e.field()).isEqualTo("timezone"));
  }

  private static ComplianceCheckRequest request(String phone, Purpose purpose, String subject) {
    return new ComplianceCheckRequest(
        phone, NOON_MIAMI, "campaign-x", purpose, null, null, null, null, subject, null);
  }

  private static String attempt(String to, Instant dialed, String campaignId, String subject) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            INSERT INTO call_ledger (call_id, workflow_id, to_number, from_number, status,
                                     dial_started_at, campaign_id, subject)
            VALUES (:id, :wf, :to, '+14155550100', 'completed', :dialed, :campaign, :subject)
            """)
        .param("id", id)
        .param("wf", "call:" + id)
        .param("to", to)
        .param("dialed", Timestamp.from(dialed))
        .param("campaign", campaignId)
        .param("subject", subject)
        .update();
    return id;
  }
}
