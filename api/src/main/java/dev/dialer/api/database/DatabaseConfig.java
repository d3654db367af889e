package dev.dialer.api.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dialer.activities.DialerProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL from DATABASE_URL when given; otherwise an embedded server whose data lives under
 * {@code dialer.home}/pg, so that calls survive a restart of the api in local mode.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

  @Bean(destroyMethod = "close")
  DataSource dataSource(DialerProperties properties, LocalPostgres localPostgres) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("dialer");
    config.setMaximumPoolSize(20);
    if (properties.databaseUrl().isBlank()) {
      config.setJdbcUrl(localPostgres.jdbcUrl());
      config.setUsername("postgres");
      config.setPassword("postgres");
    } else {
      DatabaseUrl url = DatabaseUrl.parse(properties.databaseUrl());
      config.setJdbcUrl(url.jdbcUrl());
      if (url.username() != null) {
        config.setUsername(url.username());
        config.setPassword(url.password());
      }
      log.info("Database: {}", url.masked());
    }
    return new HikariDataSource(config);
  }

  @Bean(destroyMethod = "close")
  LocalPostgres localPostgres(DialerProperties properties) throws IOException {
    if (!properties.databaseUrl().isBlank()) {
      return LocalPostgres.none();
    }
    Path dir = properties.home().resolve("pg").toAbsolutePath();
    Files.createDirectories(dir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
    log.info("Database: embedded PostgreSQL, data in {} (set DATABASE_URL to use your own)", dir);
    // The media worker (started by ./dialer after the api) reads the ledger from the same server.
    Files.writeString(
        properties.home().resolve("database.jdbc"), postgres.getJdbcUrl("postgres", "postgres"));
    return LocalPostgres.of(postgres);
  }
}
