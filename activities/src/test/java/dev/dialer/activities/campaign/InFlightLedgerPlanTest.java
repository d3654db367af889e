package dev.dialer.activities.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dispatcher's once-a-second read of its ended calls looks each ledger row up by its key,
 * however many calls the ledger holds: never a scan of the whole ledger (every call ever made).
 * ({@code DialingCalls.IN_FLIGHT} has the same shape; on this data the planner picks the key for
 * its plain join too, so only the query it does not is pinned here.)
 */
class InFlightLedgerPlanTest {

  private static EmbeddedPostgres postgres;
  private static JdbcClient jdbc;

  @BeforeAll
  static void ledgerOfFortyThousandCallsWithAThousandInFlight() throws IOException {
    postgres = EmbeddedPostgres.start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    jdbc.sql(
            """
            INSERT INTO campaign (campaign_id, name, purpose, status, settings)
            VALUES ('plan-campaign', 'plan', 'APPOINTMENT_CONFIRMATION', 'RUNNING', '{}')
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO campaign_contact (campaign_id, row_number, phone, state, last_call_id)
            SELECT 'plan-campaign', g, '+1212' || lpad(g::text, 7, '0'),
                   CASE WHEN g <= 1000 THEN 'DIALING' ELSE 'DONE' END, 'call-' || g
              FROM generate_series(1, 40000) g
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO call_ledger (call_id, workflow_id, to_number, from_number, status,
                                     campaign_id, contact_id, disposition)
            SELECT c.last_call_id, 'call:' || c.last_call_id, c.phone, '+14155550100',
                   'completed', c.campaign_id, c.contact_id,
                   CASE WHEN c.row_number % 2 = 0 AND c.state = 'DIALING' THEN NULL
                        ELSE 'COMPLETED' END
              FROM campaign_contact c
            """)
        .update();
    jdbc.sql("ANALYZE campaign_contact").update();
    jdbc.sql("ANALYZE call_ledger").update();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void givenAManyCallLedger_whenEndsNotRecordedAreRead_itShouldLookUpTheLedgerByKey() {
    List<String> plan =
        explain(
            CampaignCalls.UNRECORDED
                .replace(":campaign", "'plan-campaign'")
                .replace(":limit", "500"));

    assertThat(plan).anyMatch(line -> line.contains("Index Scan using call_ledger_pkey"));
    assertThat(plan).noneMatch(line -> line.contains("Seq Scan on call_ledger"));
  }

  private static List<String> explain(String sql) {
    return jdbc.sql("EXPLAIN (COSTS OFF) " + sql).query(String.class).list();
  }
}
