package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The checker against real PostgreSQL: seeded state rules, the ledger's history, the lists. */
class ComplianceCheckerTest {

  private static final Instant NOON_MIAMI = Instant.parse("2026-07-01T16:00:00Z");

  @RegisterExtension static final CheckerFixture db = new CheckerFixture();
  private static final JdbcClient jdbc = db.jdbc;
  private static final ComplianceChecker checker = db.checker;

  @Test
  void floridasSeededCapCountsAttemptsOfEveryCampaignFromTheLedger() {
    String miami = "+13055550177";
    for (int hoursAgo : new int[] {23, 5, 1}) {
      db.attempt(miami, NOON_MIAMI.minus(Duration.ofHours(hoursAgo)), "campaign-" + hoursAgo, null);
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
    String callId =
        db.attempt(miami, NOON_MIAMI.minus(Duration.ofDays(2)), "collections", "debt-7");
    jdbc.sql("UPDATE call_ledger SET disposition = 'COMPLETED' WHERE call_id = :id")
        .param("id", callId)
        .update();

    ComplianceDecision sameDebt = checker.check(request(miami, Purpose.DEBT_COLLECTION, "debt-7"));
    assertThat(sameDebt.reasons().get(0).rule()).isEqualTo("REG_F_AFTER_CONVERSATION");
    assertThat(sameDebt.nextAllowedAt()).isEqualTo(NOON_MIAMI.plus(Duration.ofDays(5)));
    assertThat(checker.check(request(miami, Purpose.DEBT_COLLECTION, "debt-8")).allowed()).isTrue();
  }

  @Test
  void aCallbackAskedForInTheConversationIsNotHeldOffByIt() {
    String miami = "+13055550176";
    String callId =
        db.attempt(miami, NOON_MIAMI.minus(Duration.ofDays(1)), "collections", "debt-9");
    jdbc.sql(
            """
            UPDATE call_ledger SET disposition = 'COMPLETED',
                   outcome = CAST(:outcome AS jsonb) WHERE call_id = :id
            """)
        .param("id", callId)
        .param("outcome", "{\"callbackRequested\":{\"at\":\"" + NOON_MIAMI + "\"}}")
        .update();

    ComplianceDecision asked = checker.check(request(miami, Purpose.DEBT_COLLECTION, "debt-9"));
    assertThat(asked.allowed()).isTrue();
    assertThat(asked.reasons()).extracting(Reason::rule).contains("REG_F_CONSENT");
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
}
