package dev.dialer.api.multi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import dev.dialer.api.DialerApiApplication;
import dev.dialer.api.database.LocalPostgresServer;
import dev.dialer.api.local.EmbeddedTemporalServer;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.MiddayClock;
import dev.dialer.api.support.TestHosts;
import dev.dialer.media.MediaWorkerApplication;
import dev.dialer.workflows.WorkflowIds;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code ./dialer up --api 2 --media 2} runs, in one JVM: one Temporal server on a port every
 * context connects to over gRPC, one PostgreSQL server they all reach by JDBC URL, two api contexts
 * (each with its Temporal worker, pacer and inbox relay, each its own port and callback URL) and
 * two media workers (each its own port and host task queue). Nothing is shared in memory between
 * the contexts: what one does reaches the others only through Temporal and PostgreSQL.
 */
final class TwoInstances implements AutoCloseable {

  static final String KEY = "multi-test-key";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RELAY_SECRET = "multi-test-relay-secret";

  final int[] apiPorts = {TestHosts.freePort(), TestHosts.freePort()};
  final int[] mediaPorts = {TestHosts.freePort(), TestHosts.freePort()};
  final String[] mediaHosts = {"multi-a", "multi-b"};
  private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
  private final EmbeddedTemporalServer temporal;
  private final LocalPostgresServer postgres;

  TwoInstances(String simUrl) throws IOException {
    // Calls inside calling hours at any hour of the run: see MiddayClock.
    temporal = EmbeddedTemporalServer.start(0, MiddayClock.ahead());
    postgres = LocalPostgresServer.start(Path.of(TestHosts.tempHome("dialer-multi-pg")), 0);
    String relayUrls = relayUrl(0) + "," + relayUrl(1);
    // One after the other: the first migrates the schema (Flyway would also serialise them).
    for (int port : apiPorts) {
      contexts.add(
          new SpringApplicationBuilder(DialerApiApplication.class)
              .run(
                  "--server.port=" + port,
                  "--dialer.public-base-url=http://127.0.0.1:" + port,
                  "--dialer.api-key=" + KEY,
                  "--dialer.home=" + TestHosts.tempHome("dialer-multi-api"),
                  "--dialer.database-url=" + postgres.jdbcUrl(),
                  "--dialer.twilio.account-sid=",
                  "--dialer.twilio.auth-token=",
                  "--dialer.twilio.base-url=",
                  "--dialer.twilio.sim-url=" + simUrl,
                  "--dialer.twilio.caller-id=+14155550100",
                  "--dialer.media.relay-url=" + relayUrls,
                  "--dialer.media.relay-secret=" + RELAY_SECRET,
                  "--dialer.webhooks.relay-interval=200ms",
                  "--dialer.security.failed-auth-per-minute=100000",
                  "--spring.temporal.connection.target=" + temporal.target()));
    }
    for (int i = 0; i < 2; i++) {
      contexts.add(
          MediaWorkerApplication.builder()
              .run(
                  "--server.port=" + mediaPorts[i],
                  "--spring.datasource.url=" + postgres.jdbcUrl(),
                  "--spring.flyway.enabled=false",
                  "--dialer.media.temporal.address=" + temporal.target(),
                  "--dialer.media.host=" + mediaHosts[i],
                  "--dialer.media.relay-secret=" + RELAY_SECRET,
                  "--dialer.media.twilio.auth-token=",
                  "--dialer.media.twilio.relay-url=" + relayUrl(i),
                  "--dialer.media.silence-timeout=PT0.5S",
                  "--spring.jmx.enabled=false"));
    }
  }

  String relayUrl(int media) {
    return "ws://127.0.0.1:" + mediaPorts[media] + "/relay";
  }

  String apiUrl(int api) {
    return "http://127.0.0.1:" + apiPorts[api];
  }

  ApiClient api(int api) {
    return new ApiClient(apiUrl(api), KEY);
  }

  /**
   * CallSid → the {@code media:<host>} task queue of the media worker that held each call's socket,
   * as its {@code mediaConnected} signal in the call workflow's history on the Temporal server
   * names it.
   */
  Map<String, String> mediaTaskQueues(String campaignId) throws SQLException {
    Map<String, String> callIds = new HashMap<>();
    try (Connection db = DriverManager.getConnection(postgres.jdbcUrl());
        PreparedStatement query =
            db.prepareStatement(
                "SELECT call_id, call_sid FROM call_ledger WHERE campaign_id = ? AND call_sid IS NOT NULL")) {
      query.setString(1, campaignId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          callIds.put(rows.getString(2), rows.getString(1));
        }
      }
    }
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(temporal.target()).build());
    try {
      WorkflowClient client = WorkflowClient.newInstance(stubs);
      Map<String, String> queues = new HashMap<>();
      callIds.forEach(
          (sid, callId) ->
              client.fetchHistory(WorkflowIds.call(callId)).getEvents().stream()
                  .filter(HistoryEvent::hasWorkflowExecutionSignaledEventAttributes)
                  .map(HistoryEvent::getWorkflowExecutionSignaledEventAttributes)
                  .filter(signal -> "mediaConnected".equals(signal.getSignalName()))
                  .map(signal -> hostTaskQueue(signal.getInput().getPayloads(0).getData()))
                  .findFirst()
                  .ifPresent(queue -> queues.put(sid, queue)));
      return queues;
    } finally {
      stubs.shutdownNow();
    }
  }

  private static String hostTaskQueue(ByteString json) {
    try {
      return JSON.readTree(json.toByteArray()).path("hostTaskQueue").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    // Media workers first, then the apis: each stops polling before Temporal goes away.
    for (int i = contexts.size() - 1; i >= 0; i--) {
      contexts.get(i).close();
    }
    temporal.close();
    postgres.close();
  }
}
