package dev.dialer.activities.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hot queries on {@code campaign_contact} each read the index meant for them, after V18 took
 * away the (campaign_id, state) index and the foreign key to make uploads cheaper. The queries are
 * the shapes of {@link CampaignContacts}, {@link CampaignCalls}, {@link DialingCalls} and {@link
 * StrandedContacts}, with literals for their parameters; sequential scans are turned off so that
 * the plan shows which index the planner can use at all, whatever the table's size.
 */
class CampaignContactPlansTest extends HopperTestSupport {

  private static final String WAITING = "campaign_contact_hopper_idx";
  private static final String DIALING = "campaign_contact_dialing_idx";

  @Test
  void givenTheHopper_whenItClaimsTheNextContacts_itShouldReadTheHopperIndex() throws Exception {
    assertThat(
            plan(
                """
                SELECT contact_id FROM campaign_contact
                 WHERE campaign_id = 'plan' AND state IN ('PENDING', 'RETRY')
                   AND (next_eligible_at IS NULL OR next_eligible_at <= now())
                 ORDER BY next_eligible_at NULLS FIRST, contact_id LIMIT 100
                 FOR UPDATE SKIP LOCKED
                """))
        .contains(WAITING)
        .doesNotContain("Seq Scan on campaign_contact");
  }

  @Test
  void givenAClaim_whenItsContactsAreLookedUpByToken_itShouldReadTheDialingIndex()
      throws Exception {
    assertThat(
            plan(
                """
                SELECT contact_id FROM campaign_contact
                 WHERE claim_token = 'token' AND state = 'DIALING' AND campaign_id = 'plan'
                 ORDER BY contact_id
                """))
        .contains(DIALING)
        .doesNotContain("Seq Scan on campaign_contact");
  }

  @Test
  void givenCallsInFlight_whenTheLoopReadsTheirEndsFromTheLedger_itShouldReadTheDialingIndex()
      throws Exception {
    List<String> plans =
        List.of(
            plan(
                """
                SELECT l.call_id FROM campaign_contact c
                  JOIN call_ledger l ON l.call_id = c.last_call_id
                 WHERE c.campaign_id = 'plan' AND c.state = 'DIALING'
                   AND l.campaign_id = 'plan' AND l.contact_id = c.contact_id
                   AND l.disposition IS NOT NULL
                 ORDER BY l.call_id LIMIT 500
                """),
            plan(
                """
                SELECT c.contact_id FROM campaign_contact c
                  JOIN call_ledger l ON l.call_id = c.last_call_id
                 WHERE c.campaign_id = 'plan' AND c.state = 'DIALING' AND l.disposition IS NULL
                 ORDER BY c.contact_id
                """),
            plan(
                """
                SELECT c.contact_id FROM campaign_contact c
                  JOIN call_ledger l ON l.call_id = c.last_call_id
                 WHERE c.campaign_id = 'plan' AND c.state = 'DIALING'
                   AND c.updated_at < now() - make_interval(secs => 60)
                   AND l.dial_started_at IS NULL AND l.call_sid IS NULL
                   AND l.disposition IS NULL
                 ORDER BY c.contact_id LIMIT 100
                """));
    assertThat(plans)
        .hasSize(3)
        .allSatisfy(p -> assertThat(p).contains(DIALING).doesNotContain("Seq Scan"));
  }

  @Test
  void givenTheHopperSummary_whenItCountsOpenContacts_itShouldReadBothPartialIndexes()
      throws Exception {
    assertThat(
            plan(
                """
                SELECT (SELECT count(*) FROM campaign_contact
                         WHERE campaign_id = 'plan' AND state IN ('PENDING', 'RETRY'))
                       + (SELECT count(*) FROM campaign_contact
                           WHERE campaign_id = 'plan' AND state = 'DIALING')
                """))
        .contains(WAITING, DIALING)
        .doesNotContain("Seq Scan on campaign_contact");
  }

  private static String plan(String query) throws SQLException {
    try (Connection connection = db.postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET enable_seqscan = off");
      List<String> lines = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery("EXPLAIN (COSTS OFF) " + query)) {
        while (rs.next()) {
          lines.add(rs.getString(1));
        }
      }
      return String.join("\n", lines);
    }
  }
}
