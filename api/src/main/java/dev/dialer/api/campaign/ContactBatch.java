package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.StringMapJson;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Checked contacts on their way into {@code campaign_contact}: COPY into a temporary staging table,
 * then one {@code INSERT … SELECT … ON CONFLICT DO NOTHING} per batch, which also tells duplicates
 * apart. The staging table is dropped at commit.
 */
final class ContactBatch {

  private static final int BUFFER = 1 << 16;
  private static final String STAGE = "campaign_contact_stage";

  private final Connection connection;
  private final CopyManager copies;
  private final ObjectMapper json;
  private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);
  private CopyIn copy;
  private int size;

  ContactBatch(Connection connection, ObjectMapper json) throws SQLException {
    this.connection = connection;
    this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
    this.json = json;
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + STAGE
              + " (row_number BIGINT, phone TEXT, name TEXT, timezone TEXT, zip TEXT,"
              + " us_state TEXT, custom_parameters JSONB) ON COMMIT DROP");
      st.execute("TRUNCATE " + STAGE);
    }
  }

  int size() {
    return size;
  }

  void add(long rowNumber, Contact contact) throws SQLException {
    if (copy == null) {
      copy =
          copies.copyIn(
              "COPY "
                  + STAGE
                  + " (row_number, phone, name, timezone, zip, us_state, custom_parameters)"
                  + " FROM STDIN");
    }
    buffer.append(rowNumber).append('\t');
    cell(contact.phone()).append('\t');
    cell(contact.name()).append('\t');
    cell(contact.timezone()).append('\t');
    cell(contact.zip()).append('\t');
    cell(contact.state()).append('\t');
    cell(parameters(contact)).append('\n');
    size++;
    if (buffer.length() >= BUFFER) {
      flush();
    }
  }

  /** Moves the staged rows into the campaign; returns how many were new. */
  long insert(String campaignId) throws SQLException {
    if (size == 0) {
      return 0;
    }
    flush();
    copy.endCopy();
    copy = null;
    long inserted;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO campaign_contact (campaign_id, row_number, phone, name, timezone, zip,"
                + " us_state, custom_parameters)"
                + " SELECT ?, row_number, phone, name, timezone, zip, us_state, custom_parameters"
                + " FROM "
                + STAGE
                + " ORDER BY row_number"
                + " ON CONFLICT (campaign_id, phone) DO NOTHING")) {
      insert.setString(1, campaignId);
      inserted = insert.executeLargeUpdate();
    }
    try (Statement st = connection.createStatement()) {
      st.execute("TRUNCATE " + STAGE);
    }
    size = 0;
    return inserted;
  }

  /** Ends a COPY left open by a failed upload, so the connection goes back to the pool usable. */
  void abort() {
    try {
      if (copy != null && copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      // The transaction rolls back either way; the connection reports its own state.
    }
  }

  private void flush() throws SQLException {
    if (buffer.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  private String parameters(Contact contact) {
    return StringMapJson.write(json, contact.customParameters());
  }

  /** A value in COPY's text format: backslash escapes for the characters that delimit. */
  private StringBuilder cell(String value) {
    if (value == null) {
      return buffer.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
    return buffer;
  }
}
