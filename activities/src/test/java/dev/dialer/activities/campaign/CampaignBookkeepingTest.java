package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.AT;
import static dev.dialer.activities.campaign.HopperFixture.newYorkNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignStateChange;
import dev.dialer.workflows.campaign.CampaignStatus;
import dev.dialer.workflows.campaign.ClaimedContact;
import dev.dialer.workflows.campaign.CloseContacts;
import dev.dialer.workflows.campaign.ContactState;
import dev.dialer.workflows.campaign.LedgerEndsRequest;
import dev.dialer.workflows.campaign.Pacing;
import dev.dialer.workflows.campaign.RecordResults;
import dev.dialer.workflows.campaign.SavedState;
import dev.dialer.workflows.campaign.SettingsChange;
import dev.dialer.workflows.campaign.SettleRequest;
import io.temporal.failure.ApplicationFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The campaign's status, the calls it settles from the ledger, and closing its contacts. */
class CampaignBookkeepingTest extends HopperTestSupport {

  @Test
  void saveStateStampsTheFirstStartAndTheCompletion() {
    String campaign = db.campaign(SETTINGS);
    Instant resumed = AT.plus(Duration.ofHours(1));
    Instant done = AT.plus(Duration.ofHours(3));
    CampaignSettings faster =
        SETTINGS.with(new SettingsChange(new Pacing(10, 20), null, null, null));

    db.activities.saveState(
        new CampaignStateChange(campaign, CampaignStatus.RUNNING, SETTINGS, AT));
    db.activities.saveState(
        new CampaignStateChange(campaign, CampaignStatus.PAUSED, null, AT.plusSeconds(60)));
    db.activities.saveState(
        new CampaignStateChange(campaign, CampaignStatus.RUNNING, faster, resumed));
    assertThat(campaign(campaign)).isEqualTo(new CampaignRow("RUNNING", AT, null));
    assertThat(storedSettings(campaign)).isEqualTo(faster);

    db.activities.saveState(
        new CampaignStateChange(campaign, CampaignStatus.COMPLETED, null, done));
    assertThat(campaign(campaign)).isEqualTo(new CampaignRow("COMPLETED", AT, done));
    assertThat(storedSettings(campaign)).isEqualTo(faster);
  }

  @Test
  void aFinalStatusIsRefusedWhileAContactWaitsAndStoredOnceItIsClosed() {
    String campaign = db.campaign(SETTINGS);
    db.activities.saveState(
        new CampaignStateChange(campaign, CampaignStatus.RUNNING, SETTINGS, AT));
    db.contact(campaign, newYorkNumber());

    SavedState refused =
        db.activities.saveState(
            new CampaignStateChange(campaign, CampaignStatus.CANCELED, null, AT.plusSeconds(9)));
    db.activities.closeContacts(new CloseContacts(campaign, ContactState.CANCELED));
    SavedState stored =
        db.activities.saveState(
            new CampaignStateChange(campaign, CampaignStatus.CANCELED, null, AT.plusSeconds(10)));

    assertThat(refused).isEqualTo(SavedState.refused(1));
    assertThat(stored).isEqualTo(SavedState.saved());
    assertThat(campaign(campaign)).isEqualTo(new CampaignRow("CANCELED", AT, AT.plusSeconds(10)));
  }

  @Test
  void completingWaitsForAnUploadUnderWayAndThenSeesItsContacts() throws Exception {
    String campaign = db.campaign(SETTINGS);
    db.activities.saveState(
        new CampaignStateChange(campaign, CampaignStatus.RUNNING, SETTINGS, AT));
    ExecutorService completer = Executors.newSingleThreadExecutor();
    try (Connection upload = db.postgres.getPostgresDatabase().getConnection()) {
      // What the api's contact import does: a key-share lock on the campaign, then the rows.
      upload.setAutoCommit(false);
      try (PreparedStatement lock =
              upload.prepareStatement(
                  "SELECT status FROM campaign WHERE campaign_id = ? FOR KEY SHARE");
          PreparedStatement insert =
              upload.prepareStatement(
                  "INSERT INTO campaign_contact (campaign_id, row_number, phone, name)"
                      + " VALUES (?, 1, ?, 'Pat')")) {
        lock.setString(1, campaign);
        lock.executeQuery().close();
        insert.setString(1, campaign);
        insert.setString(2, newYorkNumber());
        insert.executeUpdate();
      }
      Future<SavedState> completing =
          completer.submit(
              () ->
                  db.activities.saveState(
                      new CampaignStateChange(
                          campaign, CampaignStatus.COMPLETED, null, AT.plusSeconds(60))));

      assertThatThrownBy(() -> completing.get(300, TimeUnit.MILLISECONDS))
          .as("completing waits for the upload")
          .isInstanceOf(TimeoutException.class);
      upload.commit();
      assertThat(completing.get(10, TimeUnit.SECONDS)).isEqualTo(SavedState.refused(1));
    } finally {
      completer.shutdownNow();
    }
    assertThat(campaign(campaign)).isEqualTo(new CampaignRow("RUNNING", AT, null));
  }

  @Test
  void saveStateOfAnUnknownCampaignFailsForARetry() {
    assertThatThrownBy(
            () ->
                db.activities.saveState(
                    new CampaignStateChange("nope", CampaignStatus.RUNNING, null, AT)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void settleEndsACallWhoseWorkflowClosedWithoutAnEndAsFailed() {
    String campaign = db.campaign(SETTINGS);
    List<ClaimedContact> claimed = claimThree(campaign, "lost");
    ClaimedContact terminated = claimed.get(0);
    ClaimedContact live = claimed.get(1);
    ClaimedContact forgotten = claimed.get(2);
    String sid = "CA" + "8".repeat(32);
    db.ledger.markDialStarted(terminated.callId());
    db.ledger.attachSid(terminated.callId(), sid);
    db.liveCalls.start(terminated.callId()).terminate("an operator in Temporal UI");
    db.liveCalls.start(live.callId());

    List<CallEnded> ended = settle(campaign, claimed);

    assertThat(ended)
        .as("the terminated call and the one Temporal no longer knows; not the live one")
        .containsExactlyInAnyOrder(
            new CallEnded(
                terminated.callId(),
                terminated.contactId(),
                new CallResult(
                    terminated.callId(), sid, Disposition.FAILED, null, null, null, null)),
            new CallEnded(
                forgotten.callId(),
                forgotten.contactId(),
                new CallResult(
                    forgotten.callId(), null, Disposition.FAILED, null, null, null, null)));
  }

  @Test
  void settleFindsTheCallsThatEndedWithWhatTheLedgerKnows() {
    String campaign = db.campaign(SETTINGS);
    List<ClaimedContact> claimed = claimThree(campaign, "t");
    ClaimedContact answered = claimed.get(0);
    ClaimedContact refused = claimed.get(1);
    db.liveCalls.start(claimed.get(2).callId());
    String sid = "CA" + "7".repeat(32);
    db.ledger.markDialStarted(answered.callId());
    db.ledger.attachSid(answered.callId(), sid);
    CallResult completed =
        new CallResult(
            answered.callId(), sid, Disposition.COMPLETED, "completed", 42, "human", null);
    db.ledger.finish(completed, "completed", AT.plusSeconds(90));
    CallResult deferred =
        new CallResult(
            refused.callId(),
            null,
            Disposition.DEFERRED_WINDOW,
            null,
            null,
            null,
            null,
            Instant.parse("2026-11-19T13:00:00Z"),
            "FEDERAL_WINDOW: closed");
    db.ledger.finish(deferred, "not-dialed", AT.plusSeconds(5));

    List<CallEnded> ended = settle(campaign, claimed);

    assertThat(ended)
        .containsExactlyInAnyOrder(
            new CallEnded(answered.callId(), answered.contactId(), completed),
            new CallEnded(refused.callId(), refused.contactId(), deferred));
    assertThat(db.activities.settle(new SettleRequest(campaign, List.of())).ended()).isEmpty();
  }

  @Test
  void closeContactsClosesTheWaitingAndLeavesTheDialing() {
    String campaign = db.campaign(SETTINGS);
    long dialing = db.contact(campaign, newYorkNumber());
    long waiting = db.contact(campaign, newYorkNumber());
    long deferred = db.contact(campaign, newYorkNumber());
    db.claim(campaign, "t", 1, AT, SETTINGS);
    db.jdbc
        .sql(
            "UPDATE campaign_contact SET next_eligible_at = :at, note = 'FEDERAL_WINDOW: closed'"
                + " WHERE contact_id = :id")
        .param("at", Timestamp.from(Instant.parse("2026-11-19T13:00:00Z")))
        .param("id", deferred)
        .update();

    db.activities.closeContacts(new CloseContacts(campaign, ContactState.EXPIRED));

    assertThat(db.row(dialing).state()).isEqualTo("DIALING");
    assertThat(db.row(waiting))
        .extracting(ContactRow::state, ContactRow::nextEligibleAt, ContactRow::note)
        .containsExactly("EXPIRED", null, "the campaign ended before the contact was done");
    assertThat(db.row(deferred).note())
        .isEqualTo(
            "the campaign ended before the contact was done; it was waiting until"
                + " 2026-11-19T13:00:00Z (FEDERAL_WINDOW: closed)");
    assertThatThrownBy(
            () -> db.activities.closeContacts(new CloseContacts(campaign, ContactState.DONE)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, e -> assertThat(e.isNonRetryable()).isTrue());
  }

  private static CampaignRow campaign(String id) {
    return db.jdbc
        .sql("SELECT status, started_at, completed_at FROM campaign WHERE campaign_id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new CampaignRow(
                    rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
        .single();
  }

  private static CampaignSettings storedSettings(String id) {
    return CampaignSettingsJson.read(
        db.jdbc
            .sql("SELECT settings::text FROM campaign WHERE campaign_id = :id")
            .param("id", id)
            .query(String.class)
            .single());
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }

  private record CampaignRow(String status, Instant startedAt, Instant completedAt) {}

  /** Three New York contacts, claimed: their calls are in flight. */
  @Test
  void givenCallsEndedInTheLedger_ledgerEndsReturnsThoseNotRecordedYet_andNotOnceRecorded() {
    String campaign = db.campaign(SETTINGS);
    List<ClaimedContact> claimed = claimThree(campaign, "read");
    ClaimedContact answered = claimed.get(0);
    ClaimedContact busy = claimed.get(1);
    String sid = "CA" + "6".repeat(32);
    db.ledger.markDialStarted(answered.callId());
    db.ledger.attachSid(answered.callId(), sid);
    CallResult completed =
        new CallResult(
            answered.callId(), sid, Disposition.COMPLETED, "completed", 42, "human", null);
    db.ledger.finish(completed, "completed", AT.plusSeconds(90));
    CallResult noAnswer =
        new CallResult(busy.callId(), null, Disposition.BUSY, null, null, null, null);
    db.ledger.finish(noAnswer, "busy", AT.plusSeconds(30));

    List<CallEnded> ended = ledgerEnds(campaign, 10);
    db.activities.recordResults(
        new RecordResults(campaign, AT.plusSeconds(100), SETTINGS, List.of(ended.get(0))));

    assertThat(ended)
        .as("the two ended calls, by callId; not the one still live")
        .extracting(CallEnded::callId)
        .containsExactlyElementsOf(Stream.of(answered.callId(), busy.callId()).sorted().toList());
    assertThat(ended)
        .filteredOn(end -> end.callId().equals(answered.callId()))
        .singleElement()
        .isEqualTo(new CallEnded(answered.callId(), answered.contactId(), completed));
    assertThat(ledgerEnds(campaign, 10))
        .as("once recorded, an end is no longer read")
        .extracting(CallEnded::callId)
        .containsExactly(ended.get(1).callId());
    assertThat(ledgerEnds(campaign, 1)).hasSize(1);
  }

  private static List<CallEnded> ledgerEnds(String campaign, int limit) {
    return db.activities.ledgerEnds(new LedgerEndsRequest(campaign, limit)).ended();
  }

  private static List<ClaimedContact> claimThree(String campaign, String claimToken) {
    for (int i = 0; i < 3; i++) {
      db.contact(campaign, newYorkNumber());
    }
    return db.claim(campaign, claimToken, 3, AT, SETTINGS).contacts();
  }

  private static List<CallEnded> settle(String campaign, List<ClaimedContact> calls) {
    return db.activities
        .settle(new SettleRequest(campaign, calls.stream().map(ClaimedContact::callId).toList()))
        .ended();
  }
}
