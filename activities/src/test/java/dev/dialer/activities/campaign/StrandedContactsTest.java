package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.AT;
import static dev.dialer.activities.campaign.HopperFixture.newYorkNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.campaign.ClaimedContact;
import dev.dialer.workflows.campaign.ClaimedContacts;
import org.junit.jupiter.api.Test;

/** A contact DIALING whose call Temporal never started is dialed again, once. */
class StrandedContactsTest extends HopperTestSupport {

  @Test
  void givenADialingContactWhoseCallNeverStarted_whenTheNextClaimRuns_itShouldBeClaimedAgain() {
    String campaign = db.campaign(SETTINGS);
    long contact = db.contact(campaign, newYorkNumber());
    ClaimedContact lost = db.claim(campaign, "run:0", 1, AT, SETTINGS).contacts().get(0);
    age(contact);

    ClaimedContacts next = db.claim(campaign, "run:1", 1, AT.plusSeconds(180), SETTINGS);

    assertThat(next.contacts())
        .singleElement()
        .satisfies(
            again -> {
              assertThat(again.contactId()).isEqualTo(contact);
              assertThat(again.callId()).isNotEqualTo(lost.callId());
              assertThat(again.attempt()).isEqualTo(1);
            });
    assertThat(db.ledger.find(lost.callId()).orElseThrow().status()).isEqualTo("not-dialed");
    assertThat(db.row(contact).attempts()).isEqualTo(1);
  }

  @Test
  void givenADialingContactWhoseCallRuns_whenTheNextClaimRuns_itShouldStayDialing() {
    String campaign = db.campaign(SETTINGS);
    long contact = db.contact(campaign, newYorkNumber());
    ClaimedContact live = db.claim(campaign, "run:0", 1, AT, SETTINGS).contacts().get(0);
    db.liveCalls.start(live.callId());
    age(contact);

    ClaimedContacts next = db.claim(campaign, "run:1", 1, AT.plusSeconds(180), SETTINGS);

    assertThat(next.contacts()).isEmpty();
    assertThat(db.row(contact).state()).isEqualTo("DIALING");
    assertThat(db.row(contact).lastCallId()).isEqualTo(live.callId());
  }

  /** The claim was minutes ago: its calls would have started long since. */
  private static void age(long contact) {
    db.jdbc
        .sql(
            "UPDATE campaign_contact SET updated_at = now() - interval '5 minutes' WHERE contact_id = :id")
        .param("id", contact)
        .update();
  }
}
