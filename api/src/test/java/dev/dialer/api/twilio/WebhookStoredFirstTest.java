package dev.dialer.api.twilio;

import static dev.dialer.api.twilio.WebhookSignatureTest.post;
import static dev.dialer.api.twilio.WebhookSignatureTest.sign;
import static dev.dialer.api.twilio.WebhookSignatureTest.statusUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.NewCall;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.Disposition;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A webhook is stored before its side effects: one that fails loses nothing and is answered 2xx.
 */
class WebhookStoredFirstTest extends ApiTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired CallLedger ledger;

  @Test
  void givenACallbackWhoseLedgerEventFails_whenItArrives_itShouldBeStoredAndAnswered204() {
    String callId = "inbox-side-effect-" + UUID.randomUUID();
    ledger.create(
        new NewCall(
            callId,
            WorkflowIds.call(callId),
            "+12025550181",
            "+14155550100",
            Map.of(),
            null,
            null));
    // No CallStatus: the ledger's event row cannot be written (its status is required).
    Map<String, String> params =
        Map.of(
            "CallSid", "CA" + "6".repeat(32),
            "AccountSid", "AC00000000000000000000000000000000",
            "SequenceNumber", "3",
            "To", "+12025550181",
            "From", "+14155550100");
    String url = statusUrl(callId);

    int answer = post(url, params, sign(url, params));

    assertThat(answer).isEqualTo(204);
    assertThat(
            jdbc.sql("SELECT count(*) FROM webhook_inbox WHERE call_id = :id")
                .param("id", callId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    // No workflow will end it: end it here, so the shared suite's recovery leaves it alone.
    ledger.finish(
        new CallResult(callId, null, Disposition.CANCELED, null, null, null, null),
        "not-dialed",
        Instant.now());
  }
}
