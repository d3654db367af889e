package dev.dialer.activities.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Imports the file named by {@code -Dbench.file} into embedded PostgreSQL and prints rows/s. Run by
 * bench/dnc-import.sh, which generates the file; skipped in the normal build.
 */
@EnabledIfSystemProperty(named = "bench.file", matches = ".+")
class NationalRegistryImportBenchmark {

  @Test
  void importsTheFile() throws IOException {
    Path file = Path.of(System.getProperty("bench.file"));
    long lines;
    try (var stream = Files.lines(file)) {
      lines = stream.count();
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
      NationalRegistryImporter importer =
          new NationalRegistryImporter(postgres.getPostgresDatabase());
      LocalDate today = LocalDate.now();
      long started = System.nanoTime();
      ImportResult result;
      try (InputStream in = Files.newInputStream(file)) {
        result = importer.importFrom(in, today, today);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      assertThat(result.imported() + result.duplicates() + result.rejectedCount()).isEqualTo(lines);
      System.out.printf(
          "BENCH dnc-import: %d lines, %d imported, %d duplicates, %d rejected in %.2f s = %.0f rows/s%n",
          lines,
          result.imported(),
          result.duplicates(),
          result.rejectedCount(),
          seconds,
          lines / seconds);
    }
  }
}
