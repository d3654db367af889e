package dev.dialer.activities.compliance;

import dev.dialer.activities.dnc.DncStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compliance checker over embedded PostgreSQL with the real migrations (seeded state rules,
 * lists, call ledger). A test class registers it as a static extension; the database lives for the
 * class.
 */
final class CheckerFixture implements AfterAllCallback {

  final EmbeddedPostgres postgres;
  final JdbcClient jdbc;
  final ComplianceChecker checker;

  CheckerFixture() {
    try {
      postgres = EmbeddedPostgres.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    checker =
        new ComplianceChecker(new CalleeLocator(), new DncStore(jdbc), new ComplianceStore(jdbc));
  }

  /** A completed call in the ledger: what the caps count. Returns its call id. */
  String attempt(String to, Instant dialed, String campaignId, String subject) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            INSERT INTO call_ledger (call_id, workflow_id, to_number, from_number, status,
                                     dial_started_at, campaign_id, subject)
            VALUES (:id, :wf, :to, '+14155550100', 'completed', :dialed, :campaign, :subject)
            """)
        .param("id", id)
        .param("wf", "call:" + id)
        .param("to", to)
        .param("dialed", Timestamp.from(dialed))
        .param("campaign", campaignId)
        .param("subject", subject)
        .update();
    return id;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    postgres.close();
  }
}
