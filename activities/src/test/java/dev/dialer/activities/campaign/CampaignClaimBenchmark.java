package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.AT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ClaimedContacts;
import dev.dialer.workflows.campaign.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Claims {@code -Dbench.claim} contacts (e.g. 10000) with the real compliance checks and prints
 * contacts/s: once in the afternoon (every contact claimed) and once at night (every contact
 * deferred to the morning). Skipped in the normal build.
 */
@EnabledIfSystemProperty(named = "bench.claim", matches = "\\d+")
class CampaignClaimBenchmark {

  private static final int LIMIT = 1_000;

  @Test
  void claimsTheContacts() throws Exception {
    int contacts = Integer.parseInt(System.getProperty("bench.claim"));
    try (HopperFixture db = new HopperFixture()) {
      for (CampaignPurpose purpose :
          new CampaignPurpose[] {
            CampaignPurpose.APPOINTMENT_CONFIRMATION, CampaignPurpose.CUSTOM
          }) {
        CampaignSettings settings =
            new CampaignSettings(
                purpose,
                HopperFixture.CALLER_ID,
                null,
                null,
                new dev.dialer.workflows.campaign.Pacing(100, 10_000),
                RetryPolicy.none(),
                null);
        run(db, settings, contacts, AT, "afternoon " + purpose);
        run(db, settings, contacts, Instant.parse("2026-11-19T04:00:00Z"), "night " + purpose);
      }
    }
  }

  private static void run(
      HopperFixture db, CampaignSettings settings, int contacts, Instant at, String label) {
    String campaign = db.campaign(settings);
    db.jdbc
        .sql(
            """
            INSERT INTO campaign_contact (campaign_id, row_number, phone)
            SELECT :campaign, n, '+1' || (ARRAY['212', '305', '415', '312', '808'])[1 + n % 5]
                                 || '555' || lpad((n % 10000)::text, 4, '0')
              FROM generate_series(0, :count - 1) AS n
            """)
        .param("campaign", campaign)
        .param("count", contacts)
        .update();
    long started = System.nanoTime();
    int claims = 0;
    long claimed = 0;
    ClaimedContacts answer;
    do {
      answer = db.claim(campaign, "bench-" + claims++, LIMIT, at, settings);
      claimed += answer.contacts().size();
    } while (answer.nextEligibleAt() != null && !answer.nextEligibleAt().isAfter(at));
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(claimed).isLessThanOrEqualTo(contacts);
    System.out.printf(
        "BENCH campaign-claim %s: %d contacts, %d claimed in %d claims, %.2f s = %.0f contacts/s"
            + " (%.0f ms per claim)%n",
        label, contacts, claimed, claims, seconds, contacts / seconds, seconds * 1000 / claims);
    Duration.ofSeconds(0);
  }
}
