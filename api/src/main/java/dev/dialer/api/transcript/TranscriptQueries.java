package dev.dialer.api.transcript;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.api.web.ApiException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the turns the media worker stored for a call (the api never writes them). */
@Component
class TranscriptQueries {

  private final JdbcClient jdbc;
  private final CallLedger ledger;

  TranscriptQueries(JdbcClient jdbc, CallLedger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  /** The call's turns in order; 404 CALL_NOT_FOUND for a call the ledger does not know. */
  TranscriptView find(String callId) {
    if (ledger.find(callId).isEmpty()) {
      throw new ApiException(
          HttpStatus.NOT_FOUND, "CALL_NOT_FOUND", "No call with id '" + callId + "'.", null);
    }
    return new TranscriptView(
        callId,
        jdbc.sql(
                """
                SELECT seq, speaker, text, digits, interrupted, started_at, ended_at,
                       model_request_ms, first_token_ms, first_text_frame_ms
                FROM transcript_turn WHERE call_id = :callId ORDER BY seq
                """)
            .param("callId", callId)
            .query(TranscriptQueries::turn)
            .list());
  }

  private static TranscriptTurnView turn(ResultSet rs, int row) throws SQLException {
    Double request = (Double) rs.getObject("model_request_ms");
    TranscriptTurnView.Latencies latencies =
        request == null
            ? null
            : new TranscriptTurnView.Latencies(
                request,
                (Double) rs.getObject("first_token_ms"),
                (Double) rs.getObject("first_text_frame_ms"));
    return new TranscriptTurnView(
        rs.getInt("seq"),
        rs.getString("speaker"),
        rs.getString("text"),
        rs.getString("digits"),
        rs.getBoolean("interrupted"),
        instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("ended_at")),
        latencies);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
