package dev.dialer.api.campaign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Checked batches on their way into {@code campaign_contact}. Each is first COPied straight into
 * the table under a savepoint: no staging table, no {@code INSERT … SELECT}, no speculative
 * insertion. A phone the campaign already has breaks that COPY on the unique key; the batch is then
 * rolled back to the savepoint and merged as before (COPY into a temporary staging table, one
 * {@code INSERT … SELECT … ORDER BY row_number ON CONFLICT DO NOTHING}), which tells the duplicates
 * apart, and so are the batches after it: an upload that repeats a phone tends to repeat more.
 */
final class ContactBatch {

  private static final String STAGE = "campaign_contact_stage";
  private static final String UNIQUE_VIOLATION = "23505";

  private final Connection connection;
  private final CopyManager copies;
  private boolean direct = true;
  private boolean staged;

  ContactBatch(Connection connection) throws SQLException {
    this.connection = connection;
    this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
  }

  /** Stores the batch; returns how many of its rows were new to the campaign. */
  long store(String campaignId, ContactCopy.Batch batch) throws SQLException {
    if (batch.rows() == 0) {
      return 0;
    }
    if (direct) {
      Savepoint savepoint = connection.setSavepoint();
      try {
        long copied = copy("COPY campaign_contact " + ContactCopy.COLUMNS + " FROM STDIN", batch);
        connection.releaseSavepoint(savepoint);
        return copied;
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        connection.rollback(savepoint);
        direct = false;
      }
    }
    return merge(campaignId, batch);
  }

  private long merge(String campaignId, ContactCopy.Batch batch) throws SQLException {
    try (Statement st = connection.createStatement()) {
      if (!staged) {
        st.execute(
            "CREATE TEMP TABLE IF NOT EXISTS "
                + STAGE
                + " (campaign_id TEXT, row_number BIGINT, phone TEXT, name TEXT, timezone TEXT,"
                + " zip TEXT, us_state TEXT, custom_parameters JSONB) ON COMMIT DROP");
        staged = true;
      }
      st.execute("TRUNCATE " + STAGE);
    }
    copy("COPY " + STAGE + " " + ContactCopy.COLUMNS + " FROM STDIN", batch);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO campaign_contact "
                + ContactCopy.COLUMNS
                + " SELECT ?, row_number, phone, name, timezone, zip, us_state, custom_parameters"
                + " FROM "
                + STAGE
                + " ORDER BY row_number"
                + " ON CONFLICT (campaign_id, phone) DO NOTHING")) {
      insert.setString(1, campaignId);
      return insert.executeLargeUpdate();
    }
  }

  private long copy(String sql, ContactCopy.Batch batch) throws SQLException {
    try {
      return copies.copyIn(sql, new ByteArrayInputStream(batch.text()), 1 << 16);
    } catch (IOException e) {
      // Reading a byte array does not fail; the connection's own failures are SQLExceptions.
      throw new UncheckedIOException(e);
    }
  }
}
