package dev.dialer.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** The embedded server of local mode, or nothing when a DATABASE_URL is configured. */
final class LocalPostgres implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private LocalPostgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static LocalPostgres of(EmbeddedPostgres postgres) {
    return new LocalPostgres(postgres);
  }

  static LocalPostgres none() {
    return new LocalPostgres(null);
  }

  String jdbcUrl() {
    if (postgres == null) {
      throw new IllegalStateException("no embedded PostgreSQL: DATABASE_URL is configured");
    }
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
