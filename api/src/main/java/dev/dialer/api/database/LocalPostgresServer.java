package dev.dialer.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded PostgreSQL of local mode as a process of its own, for {@code ./dialer up --api N}
 * (and benches that kill apis): several apis share one database, and killing one of them must not
 * take the database down, as it would if the server lived inside an api's JVM. Data is kept in
 * {@code <home>/pg}, as an api's in-JVM server keeps it; the JDBC URL goes to {@code
 * <home>/database.jdbc} for the media workers and the apis.
 *
 * <p>Run: {@code java -cp api-exec.jar -Dloader.main=dev.dialer.api.database.LocalPostgresServer
 * org.springframework.boot.loader.launch.PropertiesLauncher <home> [port]}.
 */
public final class LocalPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final String jdbcUrl;

  private LocalPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
    this.jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
  }

  public static void main(String[] args) {
    initializeLogging();
    if (args.length < 1 || args.length > 2) {
      System.err.println("Usage: LocalPostgresServer <dialer-home> [port]");
      System.exit(2);
      return;
    }
    LocalPostgresServer server;
    try {
      int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
      server = start(Path.of(args[0]), port);
    } catch (NumberFormatException e) {
      System.err.println("The port must be a number, got '" + args[1] + "'");
      System.exit(2);
      return;
    } catch (IOException | RuntimeException e) {
      System.err.println("Cannot start PostgreSQL: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-shutdown"));
    System.out.println(
        "PostgreSQL listening on 127.0.0.1:" + server.port() + ", data in " + args[0] + "/pg");
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the server on loopback with its data in {@code home/pg}; port 0 picks a free one. */
  public static LocalPostgresServer start(Path home, int port) throws IOException {
    Path dir = home.resolve("pg").toAbsolutePath();
    Files.createDirectories(dir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(false)
            .setServerConfig("listen_addresses", "127.0.0.1");
    if (port > 0) {
      builder.setPort(port);
    }
    LocalPostgresServer server = new LocalPostgresServer(builder.start());
    // Written last: whoever reads the file finds a server that already answers.
    Files.writeString(home.resolve("database.jdbc"), server.jdbcUrl());
    return server;
  }

  public int port() {
    return postgres.getPort();
  }

  /** {@code jdbc:postgresql://…}, user and password as parameters: a DATABASE_URL for an api. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  // Not a Spring application: without this, Logback's fallback prints every DEBUG line.
  private static void initializeLogging() {
    LoggingSystem logging = LoggingSystem.get(LocalPostgresServer.class.getClassLoader());
    logging.beforeInitialize();
    logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
  }
}
