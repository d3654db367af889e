package dev.dialer.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A nullable TIMESTAMPTZ column as an {@link Instant}. */
public final class SqlTimes {

  private SqlTimes() {}

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
