package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.AT;
import static dev.dialer.activities.campaign.HopperFixture.newYorkNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.campaign.ClaimedContact;
import org.junit.jupiter.api.Test;

/**
 * A campaign rebuilt after Temporal lost its state knows none of the calls in flight before: the
 * ends their workflows wrote to the ledger, which the lost campaign had not read yet, are recorded
 * from the ledger at the rebuild.
 */
class UnreadEndsTest extends HopperTestSupport {

  @Test
  void givenACallThatEndedInTheLedgerOnly_whenTheUnreadEndsAreRecorded_itsContactShouldMoveOn() {
    String campaign = db.campaign(SETTINGS);
    long contact = db.contact(campaign, newYorkNumber());
    ClaimedContact claimed = db.claim(campaign, "run:0", 1, AT, SETTINGS).contacts().get(0);
    long stillDialing = db.contact(campaign, newYorkNumber());
    ClaimedContact live = db.claim(campaign, "run:1", 1, AT, SETTINGS).contacts().get(0);
    db.jdbc
        .sql(
            "UPDATE call_ledger SET disposition = 'BUSY', status = 'busy', call_sid = 'CA1'"
                + " WHERE call_id = :id")
        .param("id", claimed.callId())
        .update();

    assertThat(db.dialing.recordUnread(campaign, SETTINGS)).isEqualTo(1);

    assertThat(db.row(contact).state()).isNotEqualTo("DIALING");
    assertThat(db.row(contact).lastDisposition()).isEqualTo("BUSY");
    assertThat(db.row(stillDialing).state()).isEqualTo("DIALING");
    assertThat(db.row(stillDialing).lastCallId()).isEqualTo(live.callId());
    assertThat(db.dialing.recordUnread(campaign, SETTINGS)).isZero();
  }
}
