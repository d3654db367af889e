package dev.dialer.api.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.workflows.call.CallSnapshot;
import dev.dialer.workflows.call.DialRequest;
import dev.dialer.workflows.call.DialResult;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.call.FetchCallRequest;
import dev.dialer.workflows.call.HangUpRequest;
import dev.dialer.workflows.call.TelephonyActivities;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A call Temporal lost is settled from Twilio, which knows it was answered by a person and lasted a
 * second, not that they talked: the reconciler reads the rest from what the media worker wrote.
 * Twilio's side is the edge here: a fixed call resource.
 */
class CallReconcilerTest {

  private static EmbeddedPostgres postgres;
  private static JdbcClient jdbc;
  private static CallReconciler reconciler;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    reconciler =
        new CallReconciler(
            new AnsweredForASecond(), new CallLedger(jdbc, new ObjectMapper()), jdbc);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void givenAShortCallWithATranscript_whenReconciled_itShouldBeAConversationNotAHangUp() {
    String callId = ledgerRow("+16465550901");
    jdbc.sql(
            """
            INSERT INTO transcript_turn (call_id, seq, speaker, text, started_at)
            VALUES (:id, 1, 'agent', 'Hello Ana.', now())
            """)
        .param("id", callId)
        .update();

    assertThat(reconcile(callId)).isEqualTo(Disposition.COMPLETED);
    assertThat(storedDisposition(callId)).isEqualTo("COMPLETED");
  }

  @Test
  void givenAShortCallTheMediaWorkerListedAsAnOptOut_whenReconciled_itShouldBeOptedOut() {
    String callId = ledgerRow("+16465550902");
    jdbc.sql("INSERT INTO dnc_internal (phone, source, reason) VALUES (:phone, :source, 'press 9')")
        .param("phone", "+16465550902")
        .param("source", "call:" + callId)
        .update();

    assertThat(reconcile(callId)).isEqualTo(Disposition.OPTED_OUT);
  }

  @Test
  void givenAShortCallWithNothingSaid_whenReconciled_itShouldBeAHangUp() {
    String callId = ledgerRow("+16465550903");

    assertThat(reconcile(callId)).isEqualTo(Disposition.HUNG_UP);
  }

  private static Disposition reconcile(String callId) {
    return reconciler.reconcile(callId, "CA" + callId, Instant.now()).result().disposition();
  }

  private static String ledgerRow(String to) {
    String callId = UUID.randomUUID().toString().replace("-", "");
    jdbc.sql(
            """
            INSERT INTO call_ledger (call_id, workflow_id, call_sid, to_number, from_number,
                                     status, dial_started_at)
            VALUES (:id, :wf, :sid, :to, '+14155550100', 'in-progress', now())
            """)
        .param("id", callId)
        .param("wf", "call:" + callId)
        .param("sid", "CA" + callId)
        .param("to", to)
        .update();
    return callId;
  }

  private static String storedDisposition(String callId) {
    return jdbc.sql("SELECT disposition FROM call_ledger WHERE call_id = :id")
        .param("id", callId)
        .query(String.class)
        .single();
  }

  /** Twilio's answer for every call: completed, a person, one second. */
  private static final class AnsweredForASecond implements TelephonyActivities {
    @Override
    public DialResult dial(DialRequest request) {
      throw new UnsupportedOperationException("not dialed here");
    }

    @Override
    public CallSnapshot fetchCall(FetchCallRequest request) {
      return new CallSnapshot(request.callSid(), "completed", 1, "human", null, null);
    }

    @Override
    public void hangUp(HangUpRequest request) {
      throw new UnsupportedOperationException("not hung up here");
    }
  }
}
