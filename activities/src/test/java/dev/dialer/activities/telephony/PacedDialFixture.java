package dev.dialer.activities.telephony;

import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    DialStack stack = new DialStack();
    postgres = stack.postgres;
    jdbc = stack.jdbc;
    ledger = stack.ledger;
    pacer = stack.pacer;
    telephony =
        stack.telephony(
            new CallCreated(),
            new StaticListableBeanFactory().getBeanProvider(DialCheckpoint.class),
            null);
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
