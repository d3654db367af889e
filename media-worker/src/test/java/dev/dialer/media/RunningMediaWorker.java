package dev.dialer.media;

import dev.dialer.workflows.relay.RelayToken;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A media worker as main starts it, on a free port, against an embedded PostgreSQL migrated with
 * the real Flyway scripts, with the model the test hands in. No Temporal: signals are not sent.
 */
public final class RunningMediaWorker implements AutoCloseable {

  public static final String SECRET = "relay-test-secret";

  private static DataSource database;

  private final ConfigurableApplicationContext context;
  public final JdbcClient jdbc;

  public RunningMediaWorker(StreamingChatModel model, String... extraArgs) {
    this(model, context -> {}, extraArgs);
  }

  /** {@code extra} registers more beans before the context refreshes (benchmarks' endpoints). */
  public RunningMediaWorker(
      StreamingChatModel model, Consumer<GenericApplicationContext> extra, String... extraArgs) {
    DataSource data = database();
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--dialer.media.relay-secret=" + SECRET);
    args.add("--dialer.media.temporal.enabled=false");
    args.add("--spring.jmx.enabled=false");
    args.addAll(List.of(extraArgs));
    this.context =
        MediaWorkerApplication.builder()
            .initializers(
                ctx -> {
                  ctx.getBeanFactory().registerSingleton("dataSource", data);
                  if (model != null) {
                    ctx.getBeanFactory().registerSingleton("testChatModel", model);
                  }
                  extra.accept((GenericApplicationContext) ctx);
                })
            .run(args.toArray(String[]::new));
    this.jdbc = JdbcClient.create(data);
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public String relayUrl() {
    return "ws://127.0.0.1:" + port() + "/relay";
  }

  /**
   * A ConversationRelay session for a call with its ledger row, opened as Twilio opens it: the
   * {@code setup} with a valid token (five minutes), the agent's greeting awaited.
   */
  public RelayClient openRelay(String callId, String callSid, String to) throws Exception {
    ledgerRow(callId, callSid, to);
    RelayClient relay = new RelayClient(relayUrl());
    String token =
        RelayToken.issue(
            SECRET.getBytes(StandardCharsets.UTF_8),
            callId,
            callSid,
            Instant.now().plusSeconds(300));
    relay.send(RelayClient.setup(callSid, callId, token));
    relay.awaitAgentTurns(1);
    return relay;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A ledger row as the api's dial leaves it: the call has its CallSid. */
  public void ledgerRow(String callId, String callSid, String to) {
    jdbc.sql(
            """
            INSERT INTO call_ledger (call_id, workflow_id, call_sid, to_number, from_number, status,
                                     custom_parameters)
            VALUES (:id, :wf, :sid, :to, '+15005550006', 'in-progress',
                    '{"callType":"payment_reminder","customerName":"Ana","amount":"$40.00","dueDate":"2026-12-24"}'::jsonb)
            """)
        .param("id", callId)
        .param("wf", "call:" + callId)
        .param("sid", callSid)
        .param("to", to)
        .update();
  }

  private static synchronized DataSource database() {
    if (database == null) {
      try {
        database = EmbeddedPostgres.start().getPostgresDatabase();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Flyway.configure().dataSource(database).load().migrate();
    }
    return database;
  }

  @Override
  public void close() {
    context.close();
  }
}
