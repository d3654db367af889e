package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.AT;
import static dev.dialer.activities.campaign.HopperFixture.newYorkNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.campaign.CampaignCallIds;
import dev.dialer.workflows.campaign.ClaimedContact;
import dev.dialer.workflows.campaign.ClaimedContacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Claim overrun: a try of a claim that outlives its start-to-close, while Temporal's retry of the
 * same claim runs and claims other contacts. Only what the retry returned may be DIALING.
 */
class CampaignClaimFenceTest extends HopperTestSupport {

  @Test
  void givenAStalledTryAndItsRetry_whenBothFinish_itShouldLeaveDialingOnlyWhatTheRetryReturned()
      throws Exception {
    String campaign = db.campaign(SETTINGS);
    long first = db.contact(campaign, newYorkNumber());
    long second = db.contact(campaign, newYorkNumber());
    String token = campaign + "-run:0";

    CompletableFuture<ClaimedContacts> stalled;
    ClaimedContacts retry;
    try (Connection blocker = db.postgres.getPostgresDatabase().getConnection()) {
      // Holds the ledger row the first try will write for its contact: it stalls there, its
      // contact locked, as a try does that outlives its start-to-close.
      blocker.setAutoCommit(false);
      try (PreparedStatement insert =
          blocker.prepareStatement(
              "INSERT INTO call_ledger (call_id, workflow_id, to_number, from_number, status)"
                  + " VALUES (?, ?, '+12125550000', '+14155550100', 'scheduled')")) {
        String callId = CampaignCallIds.of(campaign, first, 1);
        insert.setString(1, callId);
        insert.setString(2, "call:" + callId);
        insert.executeUpdate();
      }
      stalled = CompletableFuture.supplyAsync(() -> db.claim(campaign, token, 1, AT, SETTINGS));
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> waitingOnLock(campaign) || stalled.isDone());
      assertThat(stalled).as("the first try is stalled").isNotDone();

      retry = db.claim(campaign, token, 1, AT, SETTINGS);
      blocker.rollback();
    }
    Throwable overrun = null;
    try {
      stalled.get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      overrun = e.getCause();
    }

    assertThat(overrun).isInstanceOf(ClaimOverrun.class);
    assertThat(db.row(first).state()).isEqualTo("PENDING");
    assertThat(db.row(first).attempts()).isZero();
    assertThat(dialing(campaign))
        .as("contacts DIALING are the ones the retry handed the campaign")
        .containsExactlyElementsOf(
            retry.contacts().stream().map(ClaimedContact::contactId).toList());
    // The batch the stalled try had locked is free again: the campaign's next claim takes it.
    assertThat(db.claim(campaign, campaign + "-run:1", 2, AT, SETTINGS).contacts())
        .extracting(ClaimedContact::contactId)
        .containsExactlyInAnyOrder(first, second);
  }

  private static boolean waitingOnLock(String campaign) {
    return db.jdbc
            .sql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE '%INSERT INTO call_ledger%'")
            .query(Long.class)
            .single()
        > 0;
  }

  private static List<Long> dialing(String campaign) {
    return db.jdbc
        .sql(
            "SELECT contact_id FROM campaign_contact WHERE campaign_id = :c AND state = 'DIALING'"
                + " ORDER BY contact_id")
        .param("c", campaign)
        .query(Long.class)
        .list();
  }
}
