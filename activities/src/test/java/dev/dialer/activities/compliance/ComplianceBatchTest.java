package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.dnc.DncStore;
import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ComplianceChecker#checkAll}, the hopper's batch, loads the facts of many checks together:
 * each request must still get the very decision (or input error) its own check gives.
 */
class ComplianceBatchTest {

  private static final Instant NOON_MIAMI = Instant.parse("2026-07-01T16:00:00Z");
  private static final String CAMPAIGN = "campaign-batch";

  @RegisterExtension static final CheckerFixture db = new CheckerFixture();

  @Test
  void givenListedCappedAndUnreadableNumbers_whenCheckedInOneBatch_itShouldDecideAsOneByOne() {
    DncStore dnc = new DncStore(db.jdbc);
    dnc.addInternal("+13055550301", "test", "asked");
    dnc.addCampaign(CAMPAIGN, "+13055550302", "test", null);
    db.jdbc
        .sql("INSERT INTO dnc_national (phone, snapshot_date) VALUES ('+13055550303', :day)")
        .param("day", java.sql.Date.valueOf("2026-06-01"))
        .update();
    for (int hoursAgo : new int[] {23, 5, 1}) {
      db.attempt("+13055550304", NOON_MIAMI.minus(Duration.ofHours(hoursAgo)), "other", null);
    }
    // Another number of the same person, dialed three times: the person's cap counts them.
    for (int hoursAgo : new int[] {20, 4, 2}) {
      String id =
          db.attempt("+13055550399", NOON_MIAMI.minus(Duration.ofHours(hoursAgo)), "o", null);
      db.jdbc
          .sql(
              "UPDATE call_ledger SET custom_parameters = '{\"accountId\": \"acct-9\"}' WHERE call_id = :id")
          .param("id", id)
          .update();
    }
    List<ComplianceCheckRequest> requests = new ArrayList<>();
    for (Purpose purpose : new Purpose[] {Purpose.TELEMARKETING, Purpose.INFORMATIONAL, null}) {
      for (String phone :
          List.of("+13055550301", "+13055550302", "+13055550303", "+13055550304", "+12125550305")) {
        requests.add(request(phone, purpose, null, null));
      }
      requests.add(request("+13055550306", purpose, "acct-9", null));
      requests.add(request("+13055550307", purpose, null, "Mars/Base"));
    }
    requests.add(ComplianceCheckRequest.of("+13055550303", NOON_MIAMI));
    // A debt collection call the callee asked for yesterday: Regulation F lets it through.
    String talked = db.attempt("+13055550308", NOON_MIAMI.minus(Duration.ofDays(1)), "d", null);
    db.jdbc
        .sql(
            "UPDATE call_ledger SET disposition = 'COMPLETED', outcome = CAST(:outcome AS jsonb)"
                + " WHERE call_id = :id")
        .param("outcome", "{\"callbackRequested\":{\"at\":\"" + NOON_MIAMI + "\"}}")
        .param("id", talked)
        .update();
    requests.add(request("+13055550308", Purpose.DEBT_COLLECTION, null, null));

    List<BatchDecision> batch = db.checker.checkAll(requests);

    assertThat(batch).hasSameSizeAs(requests);
    for (int i = 0; i < requests.size(); i++) {
      ComplianceCheckRequest request = requests.get(i);
      BatchDecision answer = batch.get(i);
      if (request.timezone() != null) {
        assertThat(answer.unreadable().field()).isEqualTo("timezone");
        assertThat(answer.decision()).isNull();
      } else {
        assertThat(answer.unreadable()).isNull();
        assertThat(answer.decision()).as(request.toString()).isEqualTo(db.checker.check(request));
      }
    }
    // Not a batch of all-allowed: each list and the caps refused some.
    assertThat(batch)
        .map(BatchDecision::decision)
        .filteredOn(Objects::nonNull)
        .extracting(ComplianceDecision::blockedBy)
        .contains(Block.DNC, Block.CAP, null);
    assertThat(batch.stream().filter(b -> b.decision() != null))
        .map(b -> b.decision().reasons().get(0).rule())
        .contains("DNC_INTERNAL", "DNC_CAMPAIGN", "DNC_NATIONAL");
    assertThat(batch.get(batch.size() - 1).decision().reasons())
        .extracting(r -> r.rule())
        .contains("REG_F_CONSENT");
  }

  private static ComplianceCheckRequest request(
      String phone, Purpose purpose, String person, String zone) {
    return new ComplianceCheckRequest(
        phone, NOON_MIAMI, CAMPAIGN, purpose, null, zone, null, null, null, null, person, null);
  }
}
