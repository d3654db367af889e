package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.AT;
import static dev.dialer.activities.campaign.HopperFixture.CALLER_ID;
import static dev.dialer.activities.campaign.HopperFixture.newYorkNumber;
import static dev.dialer.activities.campaign.HopperFixture.noAnswerAfter;
import static dev.dialer.activities.campaign.HopperFixture.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.call.CallRecord;
import dev.dialer.workflows.campaign.CampaignCallIds;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ClaimedContact;
import dev.dialer.workflows.campaign.ClaimedContacts;
import dev.dialer.workflows.campaign.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claiming contacts from the hopper, with the real compliance checks. */
class CampaignClaimTest extends HopperTestSupport {

  @Test
  void claimReturnsEligibleContactsAndCreatesOneLedgerRowEach() {
    String campaign = db.campaign(SETTINGS);
    long first = db.contact(campaign, newYorkNumber());
    long second = db.contact(campaign, newYorkNumber());

    ClaimedContacts claimed = db.claim(campaign, "t1", 10, AT, SETTINGS);

    assertThat(claimed.contacts())
        .extracting(ClaimedContact::contactId)
        .containsExactly(first, second);
    assertThat(claimed.open()).isEqualTo(2);
    assertThat(claimed.nextEligibleAt()).isNull();
    ClaimedContact contact = claimed.contacts().get(0);
    assertThat(contact.callId()).isEqualTo(CampaignCallIds.of(campaign, first, 1));
    assertThat(contact.attempt()).isEqualTo(1);
    assertThat(contact.customParameters()).containsEntry("appointment", "A-1");
    assertThat(db.row(first))
        .extracting(
            ContactRow::state,
            ContactRow::attempts,
            ContactRow::claimToken,
            ContactRow::lastCallId,
            ContactRow::lastAttemptAt)
        .containsExactly("DIALING", 1, "t1", contact.callId(), AT);

    CallRecord call = db.ledger.find(contact.callId()).orElseThrow();
    assertThat(call.workflowId()).isEqualTo("call:" + contact.callId());
    assertThat(call.status()).isEqualTo("scheduled");
    assertThat(call.to()).isEqualTo(contact.phone());
    assertThat(call.from()).isEqualTo(CALLER_ID);
    assertThat(call.firstMessage()).isEqualTo("Hello, this is the clinic.");
    assertThat(call.customParameters()).containsEntry("appointment", "A-1");
    assertThat(call.dialStartedAt()).isNull();
    assertThat(
            db.jdbc
                .sql("SELECT campaign_id, contact_id, purpose FROM call_ledger WHERE call_id = :id")
                .param("id", contact.callId())
                .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .single())
        .containsExactly(campaign, first, "INFORMATIONAL");
    assertThat(db.ledgerRows(campaign)).isEqualTo(2);
  }

  @Test
  void aRepeatedClaimTokenReturnsTheSameContactsAndCreatesNothingNew() {
    String campaign = db.campaign(SETTINGS);
    db.contact(campaign, newYorkNumber());
    db.contact(campaign, newYorkNumber());
    ClaimedContacts first = db.claim(campaign, "retried", 10, AT, SETTINGS);
    long added = db.contact(campaign, newYorkNumber());

    ClaimedContacts again = db.claim(campaign, "retried", 10, AT.plusSeconds(5), SETTINGS);

    assertThat(again.contacts()).isEqualTo(first.contacts());
    assertThat(db.ledgerRows(campaign)).isEqualTo(2);
    assertThat(db.row(added).state()).isEqualTo("PENDING");
    assertThat(again.nextEligibleAt()).isEqualTo(AT.plusSeconds(5));
    assertThat(again.open()).isEqualTo(3);
  }

  @Test
  void theLimitIsHonouredAndTheRestWaitsInOrder() {
    String campaign = db.campaign(SETTINGS);
    long[] ids = new long[5];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = db.contact(campaign, newYorkNumber());
    }

    ClaimedContacts first = db.claim(campaign, "a", 2, AT, SETTINGS);
    ClaimedContacts second = db.claim(campaign, "b", 2, AT, SETTINGS);

    assertThat(first.contacts())
        .extracting(ClaimedContact::contactId)
        .containsExactly(ids[0], ids[1]);
    assertThat(second.contacts())
        .extracting(ClaimedContact::contactId)
        .containsExactly(ids[2], ids[3]);
    assertThat(first.nextEligibleAt()).as("contacts left waiting are eligible now").isEqualTo(AT);
    assertThat(second.open()).isEqualTo(5);
    assertThat(db.ledgerRows(campaign)).isEqualTo(4);
  }

  @Test
  void aContactOnTheDoNotCallListIsBlockedAndNeverClaimed() {
    String campaign = db.campaign(SETTINGS);
    String optedOut = newYorkNumber();
    db.dnc.addInternal(optedOut, "call:earlier", "asked not to be called");
    long blocked = db.contact(campaign, optedOut);
    long other = db.contact(campaign, newYorkNumber());

    ClaimedContacts claimed = db.claim(campaign, "t", 10, AT, SETTINGS);
    ClaimedContacts later = db.claim(campaign, "t2", 10, AT.plus(Duration.ofDays(1)), SETTINGS);

    assertThat(claimed.contacts()).extracting(ClaimedContact::contactId).containsExactly(other);
    assertThat(later.contacts()).isEmpty();
    ContactRow row = db.row(blocked);
    assertThat(row.state()).isEqualTo("BLOCKED");
    assertThat(row.attempts()).isZero();
    assertThat(row.note()).startsWith("DNC_INTERNAL: ").contains("asked not to be called");
    assertThat(claimed.open()).isEqualTo(1);
  }

  @Test
  void aContactWhoseLocalWindowIsClosedWaitsForItsOpening() {
    String campaign = db.campaign(SETTINGS);
    long guam = db.contact(campaign, "+16715550123");
    // 04:00 on Thursday in Guam; federal hours open at 08:00 there, 22:00 UTC on Wednesday.
    Instant opening = Instant.parse("2026-11-18T22:00:00Z");

    ClaimedContacts claimed = db.claim(campaign, "night", 10, AT, SETTINGS);

    assertThat(claimed.contacts()).isEmpty();
    assertThat(claimed.nextEligibleAt()).isEqualTo(opening);
    assertThat(claimed.open()).isEqualTo(1);
    ContactRow row = db.row(guam);
    assertThat(row.state()).isEqualTo("PENDING");
    assertThat(row.nextEligibleAt()).isEqualTo(opening);
    assertThat(row.note())
        .startsWith("FEDERAL_WINDOW: closed at Thu 2026-11-19 04:00 in Pacific/Guam");
    assertThat(db.claim(campaign, "early", 10, opening.minusSeconds(60), SETTINGS).contacts())
        .isEmpty();
    assertThat(db.claim(campaign, "morning", 10, opening, SETTINGS).contacts())
        .extracting(ClaimedContact::contactId)
        .containsExactly(guam);
  }

  @Test
  void aContactWhoseWindowOpensOnlyAfterTheCampaignEndsExpires() {
    CampaignSettings endingTonight =
        settings(RetryPolicy.none(), Instant.parse("2026-11-18T21:00:00Z"));
    String campaign = db.campaign(endingTonight);
    long guam = db.contact(campaign, "+16715550124");

    ClaimedContacts claimed = db.claim(campaign, "t", 10, AT, endingTonight);

    assertThat(claimed.contacts()).isEmpty();
    assertThat(claimed.open()).isZero();
    assertThat(claimed.nextEligibleAt()).isNull();
    ContactRow row = db.row(guam);
    assertThat(row.state()).isEqualTo("EXPIRED");
    assertThat(row.note()).contains("2026-11-18T22:00:00Z").contains("FEDERAL_WINDOW");
  }

  @Test
  void aNumberNoCheckCanReadEndsAsFailedWithoutADial() {
    String campaign = db.campaign(SETTINGS);
    long unreadable = db.contact(campaign, "+1555");

    ClaimedContacts claimed = db.claim(campaign, "t", 10, AT, SETTINGS);

    assertThat(claimed.contacts()).isEmpty();
    ContactRow row = db.row(unreadable);
    assertThat(row)
        .extracting(ContactRow::state, ContactRow::lastDisposition, ContactRow::attempts)
        .containsExactly("DONE", "FAILED", 0);
    assertThat(row.note()).startsWith("not dialed: phone: ");
    assertThat(db.ledgerRows(campaign)).isZero();
  }

  @Test
  void waitingContactsThatUsedEveryAttemptOfALoweredLimitAreExhausted() {
    String campaign = db.campaign(SETTINGS);
    long tried = db.contact(campaign, newYorkNumber());
    db.jdbc
        .sql(
            "UPDATE campaign_contact SET state = 'RETRY', attempts = 2, calls = 2 WHERE contact_id = :id")
        .param("id", tried)
        .update();
    CampaignSettings lowered = settings(noAnswerAfter(Duration.ofHours(2), 2));

    ClaimedContacts claimed = db.claim(campaign, "t", 10, AT, lowered);

    assertThat(claimed.contacts()).isEmpty();
    assertThat(db.row(tried).state()).isEqualTo("EXHAUSTED");
    assertThat(db.row(tried).note()).contains("2 of 2");
  }

  @Test
  void nothingIsClaimedOnceTheCampaignHasEnded() {
    CampaignSettings ended = settings(RetryPolicy.none(), AT);
    String campaign = db.campaign(ended);
    db.contact(campaign, newYorkNumber());

    ClaimedContacts claimed = db.claim(campaign, "t", 10, AT, ended);

    assertThat(claimed.contacts()).isEmpty();
    assertThat(claimed.open()).isEqualTo(1);
  }
}
