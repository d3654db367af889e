package dev.dialer.api.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Local mode keeps its database in a folder, so a restarted api still knows its calls. */
class LocalDataKeptAcrossRestartsTest {

  @Test
  void rowsWrittenBeforeARestartAreThereAfterIt() throws Exception {
    Path dir = Files.createTempDirectory("dialer-pg");
    try (EmbeddedPostgres first = start(dir)) {
      JdbcClient jdbc = JdbcClient.create(first.getPostgresDatabase());
      jdbc.sql("CREATE TABLE kept (v TEXT)").update();
      jdbc.sql("INSERT INTO kept VALUES ('still here')").update();
    }
    try (EmbeddedPostgres second = start(dir)) {
      String value =
          JdbcClient.create(second.getPostgresDatabase())
              .sql("SELECT v FROM kept")
              .query(String.class)
              .single();
      assertThat(value).isEqualTo("still here");
    }
  }

  private static EmbeddedPostgres start(Path dir) throws Exception {
    return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
  }
}
