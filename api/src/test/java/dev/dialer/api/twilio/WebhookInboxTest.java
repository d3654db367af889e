package dev.dialer.api.twilio;

import static dev.dialer.api.twilio.WebhookSignatureTest.post;
import static dev.dialer.api.twilio.WebhookSignatureTest.sign;
import static dev.dialer.api.twilio.WebhookSignatureTest.statusUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.NewCall;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallRequest;
import dev.dialer.workflows.call.CallWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the carrier said is stored once and reaches the workflow even when it could not at first.
 */
class WebhookInboxTest extends ApiTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired CallLedger ledger;
  @Autowired WorkflowClient temporal;

  @Test
  void aCallbackDeliveredTwiceIsStoredOnce() {
    String callId = "inbox-dup-" + UUID.randomUUID();
    Map<String, String> params = callback("CA" + "4".repeat(32), "ringing", "1");
    String url = statusUrl(callId);

    assertThat(post(url, params, sign(url, params))).isEqualTo(204);
    assertThat(post(url, params, sign(url, params))).isEqualTo(204);

    assertThat(inboxRows(callId)).isEqualTo(1);
  }

  @Test
  void aCallbackTheWorkflowCouldNotTakeIsRelayedOnceItCan() {
    String callId = "inbox-relay-" + UUID.randomUUID();
    String to = "+12025550180";
    ledger.create(
        new NewCall(callId, WorkflowIds.call(callId), to, "+14155550100", Map.of(), null, null));
    Map<String, String> params = callback("CA" + "5".repeat(32), "initiated", "0");
    String url = statusUrl(callId);

    assertThat(post(url, params, sign(url, params))).isEqualTo(204);
    Awaitility.await("a failed delivery")
        .atMost(Duration.ofSeconds(10))
        .until(() -> attempts(callId) >= 1);
    assertThat(delivered(callId)).isFalse();

    CallWorkflow workflow =
        temporal.newWorkflowStub(
            CallWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.call(callId))
                .setTaskQueue(TaskQueues.DIALER)
                .build());
    WorkflowClient.start(
        workflow::run, new CallRequest(callId, to, "+14155550100", Map.of(), null, null));

    Awaitility.await("the relay to deliver it")
        .atMost(Duration.ofSeconds(30))
        .until(() -> delivered(callId));
    api.awaitDisposition(callId);
  }

  private static Map<String, String> callback(String sid, String status, String sequence) {
    return Map.of(
        "CallSid",
        sid,
        "AccountSid",
        "AC00000000000000000000000000000000",
        "CallStatus",
        status,
        "SequenceNumber",
        sequence,
        "To",
        "+12025550180",
        "From",
        "+14155550100");
  }

  private int inboxRows(String callId) {
    return jdbc.sql("SELECT count(*) FROM webhook_inbox WHERE call_id = :id")
        .param("id", callId)
        .query(Integer.class)
        .single();
  }

  private int attempts(String callId) {
    return jdbc.sql("SELECT max(attempts) FROM webhook_inbox WHERE call_id = :id")
        .param("id", callId)
        .query(Integer.class)
        .single();
  }

  private boolean delivered(String callId) {
    return jdbc.sql(
            "SELECT bool_and(delivered_at IS NOT NULL) FROM webhook_inbox WHERE call_id = :id")
        .param("id", callId)
        .query(Boolean.class)
        .single();
  }
}
