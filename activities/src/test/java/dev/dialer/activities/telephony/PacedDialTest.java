package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.call.DialRequest;
import dev.dialer.workflows.campaign.Pacing;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The dial activity waits for its pacing slot before it marks the dial and calls Twilio. */
class PacedDialTest {

  private static EmbeddedPostgres postgres;
  private static CallLedger ledger;
  private static DialPacer pacer;
  private static TelephonyActivitiesImpl telephony;
  private static final List<CallRecord> ROWS_AT_CREATE = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    DataSource data = postgres.getPostgresDatabase();
    JdbcClient jdbc = JdbcClient.create(data);
    ledger = new CallLedger(jdbc, new ObjectMapper());
    pacer = new DialPacer(jdbc, new TransactionTemplate(new DataSourceTransactionManager(data)));
    TwilioRestClient twilio =
        new TwilioRestClient.Builder(
                DialerProperties.TwilioSettings.SIM_ACCOUNT_SID,
                DialerProperties.TwilioSettings.SIM_AUTH_TOKEN)
            .httpClient(new CallCreated())
            .build();
    DialerProperties properties =
        new DialerProperties(
            URI.create("http://127.0.0.1:8080"),
            "",
            Path.of(".dialer"),
            "",
            new DialerProperties.TwilioSettings(
                "",
                "",
                "",
                "http://127.0.0.1:8082",
                "+14155550100",
                Duration.ofSeconds(30),
                "DetectMessageEnd"),
            new DialerProperties.MediaSettings("ws://127.0.0.1:8081/relay", ""),
            new DialerProperties.WebhookSettings(Duration.ofSeconds(1), Duration.ofMinutes(1)));
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

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void aPacedDialIsMarkedAndSentOnlyOnceItsSlotHasCome() {
    DialPacing pacing = new DialPacing("campaign:paced", 2);
    Instant taken = pacer.reserve(pacing).at();
    Instant slot = taken.plus(Pacing.intervalMicros(2), ChronoUnit.MICROS);
    String callId = UUID.randomUUID().toString();

    telephony.dial(new DialRequest(callId, "+12125550100", null, Map.of(), pacing));

    CallRecord atCreate =
        ROWS_AT_CREATE.stream().filter(r -> r.callId().equals(callId)).findFirst().orElseThrow();
    assertThat(atCreate.dialStartedAt()).isAfterOrEqualTo(slot);
    assertThat(ledger.find(callId).orElseThrow().callSid()).startsWith("CA");
  }

  @Test
  void anUnpacedDialDoesNotWait() {
    DialPacing busy = new DialPacing("campaign:busy", 1);
    pacer.reserve(busy);
    pacer.reserve(busy);
    long started = System.nanoTime();

    telephony.dial(new DialRequest(UUID.randomUUID().toString(), "+12125550101", null, Map.of()));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  /** Twilio accepting every call; notes what the ledger held when the call was created. */
  private static final class CallCreated extends HttpClient {

    @Override
    public Response makeRequest(Request request) {
      String callback = request.getPostParams().get("StatusCallback").get(0);
      String callId = URI.create(callback).getQuery().substring("callId=".length());
      ledger.find(callId).ifPresent(ROWS_AT_CREATE::add);
      String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
      return new Response("{\"sid\": \"" + sid + "\", \"status\": \"queued\"}", 201);
    }
  }
}
