package dev.dialer.activities.clarification;

import dev.dialer.workflows.call.ClarificationActivities;
import dev.dialer.workflows.call.ClarificationRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code clarification} table: written by calls' workflows, read by supervisors' lists. */
@Component("clarificationActivitiesImpl")
public class ClarificationStore implements ClarificationActivities {

  private final JdbcClient jdbc;

  public ClarificationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void recordClarification(ClarificationRecord record) {
    String onConflict =
        ClarificationRecord.PENDING.equals(record.status())
            ? "DO NOTHING"
            : "DO UPDATE SET status = EXCLUDED.status, settled_at = EXCLUDED.settled_at,"
                + " answered_by = EXCLUDED.answered_by, response = EXCLUDED.response,"
                + " times_out_at = EXCLUDED.times_out_at";
    jdbc.sql(
            "INSERT INTO clarification (call_id, number, campaign_id, contact_id, question,"
                + " status, asked_at, settled_at, answered_by, response, times_out_at) VALUES (:call,"
                + " :number, :campaign, :contact, :question, :status, :asked, :settled, :by,"
                + " :response, :timesOut)"
                + " ON CONFLICT (call_id, number) "
                + onConflict)
        .param("call", record.callId())
        .param("number", record.number())
        .param("campaign", record.campaignId())
        .param("contact", record.contactId())
        .param("question", record.question())
        .param("status", record.status())
        .param("asked", timestamp(record.askedAt()))
        .param("settled", timestamp(record.settledAt()))
        .param("by", record.answeredBy())
        .param("response", record.response())
        .param("timesOut", timestamp(record.timesOutAt()))
        .update();
  }

  /** The clarifications in {@code status}, oldest first. */
  public List<ClarificationRecord> list(String status, int limit) {
    return jdbc.sql(
            "SELECT * FROM clarification WHERE status = :status ORDER BY asked_at, call_id LIMIT"
                + " :limit")
        .param("status", status)
        .param("limit", limit)
        .query(ClarificationStore::row)
        .list();
  }

  private static ClarificationRecord row(ResultSet rs, int index) throws SQLException {
    return new ClarificationRecord(
        rs.getString("call_id"),
        rs.getInt("number"),
        rs.getString("campaign_id"),
        rs.getObject("contact_id", Long.class),
        rs.getString("question"),
        rs.getString("status"),
        instant(rs.getTimestamp("asked_at")),
        instant(rs.getTimestamp("settled_at")),
        rs.getString("answered_by"),
        rs.getString("response"),
        instant(rs.getTimestamp("times_out_at")));
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
