package dev.dialer.api.local;

import dev.dialer.workflows.SearchAttributes;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * Temporal's Java test server as a process of its own, so that {@code ./dialer up} needs nothing
 * but a JDK. It keeps every workflow in memory, finished ones included (about 15 KB each), until it
 * stops: it is for local use, never for production.
 */
public final class EmbeddedTemporalServer implements AutoCloseable {

  public static final String NAMESPACE = "default";

  private static final int DEFAULT_PORT = 7233;

  private final TestServicesStarter services;
  private final Server server;

  private EmbeddedTemporalServer(TestServicesStarter services, Server server) {
    this.services = services;
    this.server = server;
  }

  public static void main(String[] args) {
    initializeLogging();
    int port;
    try {
      port = port(args, System.getenv("TEMPORAL_PORT"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Duration clockAhead;
    try {
      clockAhead = clockAhead(System.getenv("TEMPORAL_CLOCK_AHEAD"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    EmbeddedTemporalServer temporal;
    try {
      temporal = start(port, clockAhead);
    } catch (IOException e) {
      System.err.println("Cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(temporal::close, "temporal-shutdown"));
    System.out.println(
        "Temporal test server listening on "
            + temporal.target()
            + " (namespace "
            + NAMESPACE
            + "; in memory, for local use only)");
    temporal.awaitTermination();
  }

  /** Starts the server on loopback; port 0 picks a free port. */
  public static EmbeddedTemporalServer start(int port) throws IOException {
    return start(port, Duration.ZERO);
  }

  /**
   * Starts the server on loopback with a workflow clock {@code clockAhead} ahead of the wall clock,
   * running at its speed: for tests whose calls must fall inside calling hours at any hour of the
   * day. A server started again with the same offset goes on from the same time.
   */
  public static EmbeddedTemporalServer start(int port, Duration clockAhead) throws IOException {
    // Time skipping locked: timers fire on the wall clock, as they do on a real cluster.
    TestServicesStarter services =
        new TestServicesStarter(
            true, clockAhead.isZero() ? 0 : System.currentTimeMillis() + clockAhead.toMillis());
    TimerLockEvents.install(services.getWorkflowService());
    // TestServer.createPortBoundServer binds every interface; this server must not be reachable
    // from the network, so it is built here on the loopback address.
    ServerBuilder<?> builder =
        NettyServerBuilder.forAddress(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
            InsecureServerCredentials.create());
    // A dead worker must not strand the workflows it had cached: see NoStickyQueues.
    builder.intercept(new NoStickyQueues());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server;
    try {
      server = builder.build().start();
    } catch (IOException e) {
      services.close();
      throw e;
    }
    EmbeddedTemporalServer temporal = new EmbeddedTemporalServer(services, server);
    try {
      temporal.registerSearchAttributes();
    } catch (RuntimeException e) {
      temporal.close();
      throw e;
    }
    return temporal;
  }

  /** TEMPORAL_CLOCK_AHEAD, an ISO-8601 duration such as PT5H30M; blank or unset is none. */
  static Duration clockAhead(String env) {
    if (env == null || env.isBlank()) {
      return Duration.ZERO;
    }
    try {
      return Duration.parse(env.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "TEMPORAL_CLOCK_AHEAD must be an ISO-8601 duration such as PT5H30M, got '" + env + "'");
    }
  }

  static int port(String[] args, String env) {
    String value = args.length > 0 ? args[0] : env;
    if (value == null || value.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below, with the value that was given
    }
    throw new IllegalArgumentException(
        "TEMPORAL_PORT must be a port number from 0 to 65535, got '" + value + "'");
  }

  public int port() {
    return server.getPort();
  }

  /** The address a client connects to, e.g. {@code 127.0.0.1:7233}. */
  public String target() {
    return InetAddress.getLoopbackAddress().getHostAddress() + ":" + port();
  }

  @Override
  public void close() {
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
    services.close();
  }

  private void awaitTermination() {
    try {
      server.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // Through the operator API, as `temporal operator search-attribute create` does on a real
  // cluster, rather than through the test server's internals.
  private void registerSearchAttributes() {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(target())
                .validateAndBuildWithDefaults());
    try {
      AddSearchAttributesRequest.Builder request =
          AddSearchAttributesRequest.newBuilder().setNamespace(NAMESPACE);
      SearchAttributes.ALL.forEach(
          key -> request.putSearchAttributes(key.getName(), key.getValueType()));
      operator.blockingStub().addSearchAttributes(request.build());
    } finally {
      operator.shutdownNow();
    }
  }

  // Not a Spring application, so nothing configures logging: without this, Logback's fallback
  // prints every DEBUG line of gRPC and Netty.
  private static void initializeLogging() {
    LoggingSystem logging = LoggingSystem.get(EmbeddedTemporalServer.class.getClassLoader());
    logging.beforeInitialize();
    logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
  }
}
