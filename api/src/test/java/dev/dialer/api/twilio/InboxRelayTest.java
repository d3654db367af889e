package dev.dialer.api.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.NewCall;
import dev.dialer.workflows.WorkflowIds;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowNotFoundException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The relay against real PostgreSQL, with Temporal's side replaced at the signal. */
class InboxRelayTest {

  private static EmbeddedPostgres postgres;
  private static DataSource data;
  private static JdbcClient jdbc;
  private static CallLedger ledger;
  private static WebhookInbox inbox;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    data = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(data).load().migrate();
    jdbc = JdbcClient.create(data);
    ObjectMapper json = new ObjectMapper();
    ledger = new CallLedger(jdbc, json);
    inbox =
        new WebhookInbox(
            jdbc, json, ledger, new TransactionTemplate(new DataSourceTransactionManager(data)));
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void givenASignalInFlight_itShouldHoldNoTransactionNorLockOnTheEntry() {
    String callId = call();
    long id = store(callId, 0);
    List<String> seen = new ArrayList<>();
    InboxRelay relay =
        relay(
            entry -> {
              seen.add(
                  TransactionSynchronizationManager.isActualTransactionActive()
                      ? "in a transaction"
                      : "outside");
              seen.add(lockable(entry.id()) ? "row free" : "row locked");
            });

    relay.deliverDue();

    assertThat(seen).containsExactly("outside", "row free");
    assertThat(delivered(id)).isTrue();
  }

  @Test
  void givenAWorkflowThatStaysUnknown_whenTheLastAttemptFails_itShouldParkTheEntryWithAReason() {
    String callId = call();
    long id = store(callId, InboxRelay.MAX_ATTEMPTS - 1);
    InboxRelay relay =
        relay(
            entry -> {
              throw new WorkflowNotFoundException(
                  WorkflowExecution.newBuilder().setWorkflowId(WorkflowIds.call(callId)).build(),
                  "CallWorkflow",
                  null);
            });

    relay.deliverDue();

    Map<String, Object> row =
        jdbc.sql("SELECT parked_at, park_reason, delivered_at FROM webhook_inbox WHERE id = :id")
            .param("id", id)
            .query()
            .singleRow();
    assertThat(row.get("parked_at")).isNotNull();
    assertThat((String) row.get("park_reason")).contains("not found").contains(callId);
    assertThat(row.get("delivered_at")).isNull();
    assertThat(inbox.claimDue(100)).extracting(InboxEntry::id).doesNotContain(id);
  }

  private static InboxRelay relay(java.util.function.Consumer<InboxEntry> signal) {
    DialerProperties properties =
        new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("dialer", DialerProperties.class);
    return new InboxRelay(
        inbox,
        ledger,
        new InboxSignals(null, null) {
          @Override
          void signal(InboxEntry entry) {
            signal.accept(entry);
          }
        },
        Runnable::run,
        null,
        properties,
        new dev.dialer.api.recording.RecordingStore(jdbc));
  }

  private static String call() {
    String callId = "relay-" + UUID.randomUUID();
    ledger.create(
        new NewCall(
            callId,
            WorkflowIds.call(callId),
            "+12025550182",
            "+14155550100",
            Map.of(),
            null,
            null));
    return callId;
  }

  private static long store(String callId, int attempts) {
    return jdbc.sql(
            """
            INSERT INTO webhook_inbox (kind, dedupe_key, call_id, call_sid, url, params, attempts)
            VALUES ('status', :key, :callId, 'CA1', '/twilio/status',
                    '{"CallSid": "CA1", "CallStatus": "ringing", "SequenceNumber": "1"}'::jsonb,
                    :attempts)
            RETURNING id
            """)
        .param("key", "status:" + callId)
        .param("callId", callId)
        .param("attempts", attempts)
        .query(Long.class)
        .single();
  }

  /** Whether another connection could lock the entry right now. */
  private static boolean lockable(long id) {
    try (Connection other = data.getConnection()) {
      other.setAutoCommit(false);
      try (var statement =
          other.prepareStatement("SELECT id FROM webhook_inbox WHERE id = ? FOR UPDATE NOWAIT")) {
        statement.setLong(1, id);
        statement.executeQuery().close();
        return true;
      } catch (SQLException e) {
        return false;
      } finally {
        other.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean delivered(long id) {
    return jdbc.sql("SELECT delivered_at IS NOT NULL FROM webhook_inbox WHERE id = :id")
        .param("id", id)
        .query(Boolean.class)
        .single();
  }
}
