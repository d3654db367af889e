package dev.dialer.activities.telephony;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dial activity over real PostgreSQL and its pacer, with a Twilio that accepts every call and
 * notes what the ledger held when each call was created. Shared by {@link PacedDialTest} and {@link
 * DialPacerBenchmark}.
 */
final class PacedDialFixture implements AutoCloseable {

  final EmbeddedPostgres postgres;
  final JdbcClient jdbc;
  final CallLedger ledger;
  final DialPacer pacer;
  final TelephonyActivitiesImpl telephony;
  final List<CallRecord> rowsAtCreate = new CopyOnWriteArrayList<>();

  PacedDialFixture() throws IOException {
    postgres = EmbeddedPostgres.start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    DataSource data = postgres.getPostgresDatabase();
    jdbc = JdbcClient.create(data);
    ledger = new CallLedger(jdbc, new ObjectMapper());
    pacer = new DialPacer(jdbc, new TransactionTemplate(new DataSourceTransactionManager(data)));
    TwilioRestClient twilio =
        new TwilioRestClient.Builder(
                DialerProperties.TwilioSettings.SIM_ACCOUNT_SID,
                DialerProperties.TwilioSettings.SIM_AUTH_TOKEN)
            .httpClient(new CallCreated())
            .build();
    DialerProperties properties = DialerProperties.bind(Map.of());
    telephony =
        new TelephonyActivitiesImpl(
            twilio,
            ledger,
            new CallbackUrls(properties),
            new CallAdoption(twilio, ledger),
            properties,
            new StaticListableBeanFactory().getBeanProvider(DialCheckpoint.class),
            pacer,
            new DialGate(
                jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(data)),
                ledger,
                null));
  }

  long rows(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /** Twilio accepting every call; notes what the ledger held when the call was created. */
  private final class CallCreated extends HttpClient {

    @Override
    public Response makeRequest(Request request) {
      String callback = request.getPostParams().get("StatusCallback").get(0);
      String callId = URI.create(callback).getQuery().substring("callId=".length());
      ledger.find(callId).ifPresent(rowsAtCreate::add);
      String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
      return new Response("{\"sid\": \"" + sid + "\", \"status\": \"queued\"}", 201);
    }
  }
}
