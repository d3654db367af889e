package dev.dialer.api.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The separate PostgreSQL of {@code ./dialer up --api N}: apis and media workers find it. */
class LocalPostgresServerTest {

  @Test
  void givenAHome_whenStarted_itShouldWriteAJdbcUrlThatAnswersAndKeepDataAcrossRestarts()
      throws Exception {
    Path home = Files.createTempDirectory("dialer-pg-server");
    try (LocalPostgresServer server = LocalPostgresServer.start(home, 0)) {
      String url = Files.readString(home.resolve("database.jdbc"));
      assertThat(url).isEqualTo(server.jdbcUrl()).contains(":" + server.port() + "/");
      try (Connection connection = DriverManager.getConnection(url)) {
        connection.createStatement().execute("CREATE TABLE kept (v TEXT)");
        connection.createStatement().execute("INSERT INTO kept VALUES ('still here')");
      }
    }
    try (LocalPostgresServer again = LocalPostgresServer.start(home, 0);
        Connection connection =
            DriverManager.getConnection(Files.readString(home.resolve("database.jdbc")));
        ResultSet rows = connection.createStatement().executeQuery("SELECT v FROM kept")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("still here");
    }
  }
}
