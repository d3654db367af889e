package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.AT;
import static dev.dialer.activities.campaign.HopperFixture.newYorkNumber;
import static dev.dialer.activities.campaign.HopperFixture.noAnswerAfter;
import static dev.dialer.activities.campaign.HopperFixture.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.outcome.CallOutcomeStore;
import dev.dialer.activities.outcome.ContactEffect;
import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.campaign.CampaignCallIds;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ClaimedContact;
import dev.dialer.workflows.campaign.RecordResults;
import dev.dialer.workflows.conversation.CallOutcome;
import dev.dialer.workflows.conversation.CallbackRequested;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recording how calls ended, and planning each contact's next attempt. */
class CampaignResultsTest extends HopperTestSupport {

  private static final Instant ENDED = AT.plus(Duration.ofMinutes(5));

  @Test
  void noAnswerIsRetriedAfterItsDelay() {
    Dialed dialed = dial(SETTINGS);

    record(dialed, SETTINGS, ENDED, ended(dialed, Disposition.NO_ANSWER));

    ContactRow row = db.row(dialed.contactId());
    assertThat(row)
        .extracting(
            ContactRow::state,
            ContactRow::attempts,
            ContactRow::nextEligibleAt,
            ContactRow::lastDisposition,
            ContactRow::claimToken,
            ContactRow::note)
        .containsExactly("RETRY", 1, ENDED.plus(Duration.ofHours(2)), "NO_ANSWER", null, null);
  }

  @Test
  void aRetryIsMovedToWhenTheCalleesWindowOpens() {
    CampaignSettings eightHours = settings(noAnswerAfter(Duration.ofHours(8), 3));
    Dialed dialed = dial(eightHours);

    // 13:05 in New York plus 8 h is 21:05, after federal hours: 08:00 next morning instead.
    record(dialed, eightHours, ENDED, ended(dialed, Disposition.NO_ANSWER));

    ContactRow row = db.row(dialed.contactId());
    assertThat(row.state()).isEqualTo("RETRY");
    assertThat(row.nextEligibleAt()).isEqualTo(Instant.parse("2026-11-19T13:00:00Z"));
    assertThat(row.note()).startsWith("FEDERAL_WINDOW: ");
  }

  @Test
  void aCompletedCallIsDone() {
    Dialed dialed = dial(SETTINGS);

    record(dialed, SETTINGS, ENDED, ended(dialed, Disposition.COMPLETED));

    assertThat(db.row(dialed.contactId()))
        .extracting(ContactRow::state, ContactRow::attempts, ContactRow::nextEligibleAt)
        .containsExactly("DONE", 1, null);
  }

  @Test
  void theLastAllowedAttemptExhaustsTheContact() {
    CampaignSettings once = settings(noAnswerAfter(Duration.ofHours(2), 1));
    Dialed dialed = dial(once);

    record(dialed, once, ENDED, ended(dialed, Disposition.NO_ANSWER));

    assertThat(db.row(dialed.contactId()))
        .extracting(ContactRow::state, ContactRow::attempts, ContactRow::lastDisposition)
        .containsExactly("EXHAUSTED", 1, "NO_ANSWER");
  }

  @Test
  void aDeferredCallGivesItsAttemptBackAndTheNextCallHasItsOwnId() {
    Dialed dialed = dial(SETTINGS);
    Instant allowed = Instant.parse("2026-11-19T13:00:00Z");
    CallResult deferred =
        new CallResult(
            dialed.callId(),
            null,
            Disposition.DEFERRED_WINDOW,
            null,
            null,
            null,
            null,
            allowed,
            "FEDERAL_WINDOW: closed");

    record(dialed, SETTINGS, ENDED, new CallEnded(dialed.callId(), dialed.contactId(), deferred));

    assertThat(db.row(dialed.contactId()))
        .extracting(
            ContactRow::state,
            ContactRow::attempts,
            ContactRow::nextEligibleAt,
            ContactRow::lastDisposition,
            ContactRow::note)
        .containsExactly("PENDING", 0, allowed, "DEFERRED_WINDOW", "FEDERAL_WINDOW: closed");
    ClaimedContact again =
        db.claim(dialed.campaignId(), "again", 1, allowed, SETTINGS).contacts().get(0);
    assertThat(again.attempt()).isEqualTo(1);
    assertThat(again.callId())
        .isEqualTo(CampaignCallIds.of(dialed.campaignId(), dialed.contactId(), 2))
        .isNotEqualTo(dialed.callId());
  }

  @Test
  void recordingTwiceChangesNothing() {
    Dialed dialed = dial(SETTINGS);
    record(dialed, SETTINGS, ENDED, ended(dialed, Disposition.NO_ANSWER));
    ContactRow once = db.row(dialed.contactId());

    record(dialed, SETTINGS, ENDED.plusSeconds(30), ended(dialed, Disposition.NO_ANSWER));
    record(dialed, SETTINGS, ENDED.plusSeconds(60), ended(dialed, Disposition.COMPLETED));

    assertThat(db.row(dialed.contactId())).isEqualTo(once);
  }

  @Test
  void aRetryDueAfterTheCampaignEndsExpires() {
    CampaignSettings endsSoon =
        settings(noAnswerAfter(Duration.ofHours(2), 3), AT.plus(Duration.ofHours(1)));
    Dialed dialed = dial(endsSoon);

    record(dialed, endsSoon, ENDED, ended(dialed, Disposition.NO_ANSWER));

    ContactRow row = db.row(dialed.contactId());
    assertThat(row.state()).isEqualTo("EXPIRED");
    assertThat(row.nextEligibleAt()).isNull();
    assertThat(row.lastDisposition()).isEqualTo("NO_ANSWER");
    assertThat(row.note()).contains("ends at 2026-11-18T19:00:00Z");
  }

  @Test
  void aRetryOfANumberThatOptedOutMeanwhileIsBlocked() {
    Dialed dialed = dial(SETTINGS);
    db.dnc.addInternal(dialed.phone(), "call:" + dialed.callId(), "stop calling");

    record(dialed, SETTINGS, ENDED, ended(dialed, Disposition.NO_ANSWER));

    ContactRow row = db.row(dialed.contactId());
    assertThat(row.state()).isEqualTo("BLOCKED");
    assertThat(row.note()).startsWith("DNC_INTERNAL: ");
  }

  @Test
  void givenACallbackTheCalleeAskedFor_whenRecorded_itShouldBeTheNextAttemptWithoutUsingOne() {
    Dialed dialed = dial(SETTINGS);
    Instant tomorrow = ENDED.plus(Duration.ofDays(1));
    said(dialed, callback(tomorrow, false));

    record(dialed, SETTINGS, ENDED, ended(dialed, Disposition.COMPLETED));

    ContactRow row = db.row(dialed.contactId());
    assertThat(row)
        .extracting(ContactRow::state, ContactRow::attempts, ContactRow::nextEligibleAt)
        .containsExactly("RETRY", 0, tomorrow);
    assertThat(row.note()).isEqualTo(ContactEffect.CALLBACK_NOTE + tomorrow);
  }

  @Test
  void givenACallbackAfterHours_whenRecorded_itShouldBeMovedToWhenComplianceAllowsIt() {
    Dialed dialed = dial(SETTINGS);
    // 22:00 in New York, after federal hours: 08:00 the next morning instead.
    said(dialed, callback(Instant.parse("2026-11-19T03:00:00Z"), false));

    record(dialed, SETTINGS, ENDED, ended(dialed, Disposition.COMPLETED));

    ContactRow row = db.row(dialed.contactId());
    assertThat(row.state()).isEqualTo("RETRY");
    assertThat(row.attempts()).isZero();
    assertThat(row.nextEligibleAt()).isEqualTo(Instant.parse("2026-11-19T13:00:00Z"));
    assertThat(row.note()).startsWith("FEDERAL_WINDOW: ");
  }

  @Test
  void givenAWrongPerson_whenRecorded_itShouldCloseTheContactWithTheReason() {
    Dialed dialed = dial(SETTINGS);
    said(dialed, callback(null, true));

    record(dialed, SETTINGS, ENDED, ended(dialed, Disposition.COMPLETED));

    ContactRow row = db.row(dialed.contactId());
    assertThat(row)
        .extracting(ContactRow::state, ContactRow::nextEligibleAt, ContactRow::note)
        .containsExactly("DONE", null, ContactEffect.WRONG_PERSON_NOTE);
  }

  private static void said(Dialed dialed, CallOutcome outcome) {
    new CallOutcomeStore(db.jdbc, new ObjectMapper()).save(dialed.callId(), outcome);
  }

  private static CallOutcome callback(Instant at, boolean wrongPerson) {
    return new CallOutcome(
        null,
        null,
        null,
        null,
        null,
        null,
        at == null ? null : new CallbackRequested(at),
        wrongPerson,
        false,
        null,
        "test",
        null);
  }

  private static Dialed dial(CampaignSettings settings) {
    String campaign = db.campaign(settings);
    db.contact(campaign, newYorkNumber());
    ClaimedContact claimed = db.claim(campaign, "t", 1, AT, settings).contacts().get(0);
    return new Dialed(campaign, claimed.contactId(), claimed.callId(), claimed.phone());
  }

  private static CallEnded ended(Dialed dialed, Disposition disposition) {
    return new CallEnded(
        dialed.callId(),
        dialed.contactId(),
        new CallResult(
            dialed.callId(), "CA" + "0".repeat(32), disposition, "completed", 0, null, null));
  }

  private static void record(
      Dialed dialed, CampaignSettings settings, Instant at, CallEnded ended) {
    db.activities.recordResults(
        new RecordResults(dialed.campaignId(), at, settings, List.of(ended)));
  }

  private record Dialed(String campaignId, long contactId, String callId, String phone) {}
}
