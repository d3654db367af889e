package dev.dialer.activities.telephony;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.HttpClient;
import com.twilio.http.TwilioRestClient;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.compliance.ComplianceChecker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Embedded PostgreSQL migrated by Flyway, and the dial activity wired over it as the application
 * wires it: one place for what {@link DialFixture} and {@link PacedDialFixture} share, so a new
 * collaborator of {@link TelephonyActivitiesImpl} is added once.
 */
final class DialStack {

  final EmbeddedPostgres postgres;
  final JdbcClient jdbc;
  final TransactionTemplate tx;
  final CallLedger ledger;
  final DialPacer pacer;

  DialStack() throws IOException {
    postgres = EmbeddedPostgres.start();
    DataSource data = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(data).load().migrate();
    // One DataSource for both, so that the pacer's and the gate's statements run in their
    // transactions.
    jdbc = JdbcClient.create(data);
    tx = new TransactionTemplate(new DataSourceTransactionManager(data));
    ledger = new CallLedger(jdbc, new ObjectMapper());
    pacer = new DialPacer(jdbc);
  }

  /**
   * The activity talking to Twilio through {@code http}.
   *
   * @param checker the re-check right before the create; null skips it
   */
  TelephonyActivitiesImpl telephony(
      HttpClient http, ObjectProvider<DialCheckpoint> checkpoints, ComplianceChecker checker) {
    TwilioRestClient twilio =
        new TwilioRestClient.Builder(
                DialerProperties.TwilioSettings.SIM_ACCOUNT_SID,
                DialerProperties.TwilioSettings.SIM_AUTH_TOKEN)
            .httpClient(http)
            .build();
    DialerProperties properties = DialerProperties.bind(Map.of());
    return new TelephonyActivitiesImpl(
        twilio,
        ledger,
        new CallbackUrls(properties),
        new CallAdoption(twilio, ledger),
        properties,
        checkpoints,
        pacer,
        new DialGate(jdbc, tx, ledger, checker),
        new RecordingParams(jdbc, new CallbackUrls(properties)));
  }
}
