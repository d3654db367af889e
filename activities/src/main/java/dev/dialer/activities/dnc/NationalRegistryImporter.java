package dev.dialer.activities.dnc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.stereotype.Component;

/**
 * Imports the National Do Not Call Registry's download: one 10-digit number per line, or
 * "areacode,number". The file is streamed through PostgreSQL COPY into a staging table, so a file
 * of any size needs only a buffer's worth of memory; the whole import is one transaction.
 */
@Component
public class NationalRegistryImporter {

  static final int MAX_REJECTED_SHOWN = 100;
  static final int STALE_AFTER_DAYS = 31;
  private static final int BUFFER = 1 << 16;

  private final DataSource dataSource;

  public NationalRegistryImporter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public ImportResult importFrom(InputStream body, LocalDate snapshotDate, LocalDate today) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        ImportResult result = run(connection, body, snapshotDate, today);
        connection.commit();
        return result;
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the registry import failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("the registry file could not be read: " + e.getMessage(), e);
    }
  }

  private ImportResult run(
      Connection connection, InputStream body, LocalDate snapshot, LocalDate today)
      throws SQLException, IOException {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TEMP TABLE dnc_import_stage (phone TEXT NOT NULL) ON COMMIT DROP");
    }
    List<RejectedLine> rejected = new ArrayList<>();
    long rejectedCount = 0;
    long valid = 0;
    CopyIn copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY dnc_import_stage (phone) FROM STDIN");
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(body, StandardCharsets.US_ASCII), BUFFER);
      StringBuilder chunk = new StringBuilder(BUFFER + 64);
      String line;
      long lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || (lineNo == 1 && trimmed.chars().noneMatch(Character::isDigit))) {
          continue; // blank lines and a header line carry no number
        }
        String error = RegistryLine.error(trimmed);
        if (error != null) {
          rejectedCount++;
          if (rejected.size() < MAX_REJECTED_SHOWN) {
            rejected.add(
                new RejectedLine(lineNo, line.length() > 80 ? line.substring(0, 80) : line, error));
          }
          continue;
        }
        valid++;
        chunk.append("+1").append(RegistryLine.digits(trimmed)).append('\n');
        if (chunk.length() >= BUFFER) {
          flush(copy, chunk);
        }
      }
      flush(copy, chunk);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    long imported;
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            INSERT INTO dnc_national (phone, snapshot_date)
            SELECT DISTINCT phone, ? FROM dnc_import_stage
            ON CONFLICT (phone) DO NOTHING
            """)) {
      insert.setObject(1, snapshot);
      imported = insert.executeUpdate();
    }
    try (PreparedStatement record =
        connection.prepareStatement(
            "INSERT INTO dnc_national_snapshot (snapshot_date, imported, duplicates, rejected)"
                + " VALUES (?, ?, ?, ?)")) {
      record.setObject(1, snapshot);
      record.setLong(2, imported);
      record.setLong(3, valid - imported);
      record.setLong(4, rejectedCount);
      record.executeUpdate();
    }
    String warning =
        snapshot.isBefore(today.minusDays(STALE_AFTER_DAYS))
            ? "the snapshot of "
                + snapshot
                + " is older than "
                + STALE_AFTER_DAYS
                + " days: telemarketers must use a registry copy no older than that"
                + " (16 CFR 310.4(b)(3)(iv))"
            : null;
    return new ImportResult(imported, valid - imported, rejectedCount, rejected, snapshot, warning);
  }

  private static void flush(CopyIn copy, StringBuilder chunk) throws SQLException {
    if (chunk.length() == 0) {
      return;
    }
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.US_ASCII);
    copy.writeToCopy(bytes, 0, bytes.length);
    chunk.setLength(0);
  }
}
