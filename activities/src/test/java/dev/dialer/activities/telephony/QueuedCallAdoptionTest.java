package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.Request;
import com.twilio.http.Response;
import dev.dialer.activities.call.NewCall;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.DialRequest;
import dev.dialer.workflows.call.DialResult;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A try died after Twilio created its call, which is still queued (the account's calls per second
 * are used up): Twilio lists it by status, never by StartTime, as its start_time is empty.
 */
class QueuedCallAdoptionTest {

  private static final String SID = "CA" + "5".repeat(32);

  @RegisterExtension static final DialFixture db = new DialFixture();

  @Test
  void givenTheEarlierTrysCallIsStillQueued_whenTheRetryRuns_itAdoptsItInsteadOfDialing() {
    String callId = UUID.randomUUID().toString();
    String to = "+12125550170";
    db.ledger.create(
        new NewCall(callId, WorkflowIds.call(callId), to, "+14155550100", Map.of(), null, null));
    assertThat(db.ledger.claimDial(callId, null, "crashed-try")).isTrue();
    // The crashed try marked the dial a minute ago; its create got through.
    db.jdbc
        .sql(
            "UPDATE call_ledger SET dial_started_at = now() - interval '1 minute'"
                + " WHERE call_id = :id")
        .param("id", callId)
        .update();
    db.rest = QueuedCallAdoptionTest::twilioWithAQueuedCall;
    try {
      DialResult result = db.telephony.dial(new DialRequest(callId, to, null, Map.of()));

      assertThat(result.adopted()).isTrue();
      assertThat(result.callSid()).isEqualTo(SID);
      assertThat(db.createsFor(callId)).isZero();
    } finally {
      db.rest = DialFixture::noCalls;
    }
  }

  /** Twilio's list, filtered as Twilio filters: the queued call has no start_time. */
  private static Response twilioWithAQueuedCall(Request request) {
    Map<String, List<String>> query = request.getQueryParams();
    boolean byStartTime = query.keySet().stream().anyMatch(name -> name.startsWith("StartTime"));
    boolean queuedOnly = query.getOrDefault("Status", List.of()).contains("queued");
    String created =
        ZonedDateTime.now(ZoneOffset.UTC)
            .minusSeconds(50)
            .format(DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US));
    String call =
        "{\"sid\": \""
            + SID
            + "\", \"status\": \"queued\", \"start_time\": null, \"date_created\": \""
            + created
            + "\"}";
    String calls = byStartTime || !queuedOnly ? "" : call;
    return new Response(
        "{\"calls\": [" + calls + "], \"next_page_uri\": null, \"page\": 0, \"page_size\": 50}",
        200);
  }
}
