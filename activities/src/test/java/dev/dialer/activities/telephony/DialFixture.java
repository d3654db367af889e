package dev.dialer.activities.telephony;

import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.compliance.CalleeLocator;
import dev.dialer.activities.compliance.ComplianceChecker;
import dev.dialer.activities.compliance.ComplianceStore;
import dev.dialer.activities.dnc.DncStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dial activity on embedded PostgreSQL with its real ledger, pacer, gate and compliance
 * checker, and a Twilio that records every create it is sent (what twilio-sim's ledger would hold)
 * and answers as {@link #answer} says. A test class registers it as a static extension: the
 * database lives for the class, Twilio's answers go back to the defaults after each test.
 */
final class DialFixture implements AfterEachCallback, AfterAllCallback {

  final EmbeddedPostgres postgres;
  final JdbcClient jdbc;
  final CallLedger ledger;
  final DialPacer pacer;
  final TelephonyActivitiesImpl telephony;
  final List<String> creates = new CopyOnWriteArrayList<>();
  volatile Function<String, Response> answer = DialFixture::accepted;
  volatile DialCheckpoint checkpoint = DialCheckpoint.NONE;

  /** Answers every request but a create: fetches, updates, lists (by default: no calls). */
  volatile Function<Request, Response> rest = DialFixture::noCalls;

  /** Every request but a create, in order, as "METHOD path Status=…". */
  final List<String> restRequests = new CopyOnWriteArrayList<>();

  DialFixture() {
    DialStack stack;
    try {
      stack = new DialStack();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    postgres = stack.postgres;
    jdbc = stack.jdbc;
    ledger = stack.ledger;
    pacer = stack.pacer;
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("checkpoint", (DialCheckpoint) new Delegating());
    telephony =
        stack.telephony(
            new RecordingTwilio(),
            beans.getBeanProvider(DialCheckpoint.class),
            new ComplianceChecker(
                new CalleeLocator(), new DncStore(jdbc), new ComplianceStore(jdbc)));
  }

  /** Creates sent for this callId: Twilio's ledger of dials for the attempt. */
  long createsFor(String callId) {
    return creates.stream().filter(callId::equals).count();
  }

  static Response accepted(String callId) {
    String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
    return new Response("{\"sid\": \"" + sid + "\", \"status\": \"queued\"}", 201);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    answer = DialFixture::accepted;
    rest = DialFixture::noCalls;
    restRequests.clear();
    checkpoint = DialCheckpoint.NONE;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    postgres.close();
  }

  private final class Delegating implements DialCheckpoint {
    @Override
    public void afterCreate(String callId, String callSid) {
      checkpoint.afterCreate(callId, callSid);
    }

    @Override
    public void beforeClaim(String callId) {
      checkpoint.beforeClaim(callId);
    }
  }

  static Response noCalls(Request request) {
    return new Response(
        "{\"calls\": [], \"next_page_uri\": null, \"page\": 0, \"page_size\": 50}", 200);
  }

  /** Creates are recorded and answered by {@link #answer}, the rest by {@link #rest}. */
  private final class RecordingTwilio extends HttpClient {
    @Override
    public Response makeRequest(Request request) {
      if (request.getMethod() == HttpMethod.GET || !request.getUrl().endsWith("/Calls.json")) {
        List<String> status = request.getPostParams().getOrDefault("Status", List.of());
        restRequests.add(
            request.getMethod()
                + " "
                + URI.create(request.getUrl()).getPath()
                + (status.isEmpty() ? "" : " Status=" + status.get(0)));
        return rest.apply(request);
      }
      String callback = request.getPostParams().get("StatusCallback").get(0);
      String callId = URI.create(callback).getQuery().substring("callId=".length());
      creates.add(callId);
      return answer.apply(callId);
    }
  }
}
