package dev.dialer.api.campaign;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A row per contact in upload order, with its last call's outcome, streamed: the query runs in a
 * read-only transaction with a fetch size, so PostgreSQL hands rows over through a cursor and a
 * million contacts never sit in memory.
 */
@Component
class CampaignReport {

  static final String HEADER =
      "contact_id,row,phone,name,state,attempts,last_disposition,last_call_id,call_sid,"
          + "final_status,duration_seconds,answered_by,error_code,last_attempt_at,"
          + "next_eligible_at,note,custom_parameters,promise_amount,promise_date,callback_at,"
          + "wrong_person,disputed,paid_already,confirmed,reschedule_to,canceled,opted_out,"
          + "open_question,outcome_summary";
  private static final String QUERY =
      """
      SELECT c.contact_id, c.row_number, c.phone, c.name, c.state, c.attempts,
             c.last_disposition, c.last_call_id, l.call_sid, l.status, l.duration_seconds,
             l.answered_by, l.error_code, c.last_attempt_at, c.next_eligible_at, c.note,
             c.custom_parameters::text AS custom_parameters,
             l.outcome -> 'promiseToPay' ->> 'amount', l.outcome -> 'promiseToPay' ->> 'date',
             l.outcome -> 'callbackRequested' ->> 'at', l.outcome ->> 'wrongPerson',
             l.outcome ->> 'disputed', l.outcome ->> 'paidAlready', l.outcome ->> 'confirmed',
             l.outcome ->> 'rescheduleTo', l.outcome ->> 'canceled', l.outcome ->> 'optedOut',
             l.outcome ->> 'openQuestion', l.outcome ->> 'summary'
        FROM campaign_contact c
        LEFT JOIN call_ledger l ON l.call_id = c.last_call_id
       WHERE c.campaign_id = ?
       ORDER BY c.row_number, c.contact_id
      """;
  private static final int COLUMNS = 29;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;

  CampaignReport(DataSource dataSource, TransactionTemplate transaction) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(1_000);
    this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
    this.readOnly.setReadOnly(true);
  }

  StreamingResponseBody stream(String campaignId) {
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      writer.write(HEADER);
      writer.write("\r\n");
      readOnly.executeWithoutResult(
          status -> jdbc.query(QUERY, (RowCallbackHandler) rs -> write(writer, rs), campaignId));
      writer.flush();
    };
  }

  private static void write(Writer writer, ResultSet rs) throws SQLException {
    try {
      for (int i = 1; i <= COLUMNS; i++) {
        if (i > 1) {
          writer.write(',');
        }
        Object value = rs.getObject(i);
        if (value instanceof Timestamp timestamp) {
          value = timestamp.toInstant();
        }
        writer.write(CsvCell.of(value == null ? null : value.toString()));
      }
      writer.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException("the report's reader went away", e);
    }
  }
}
