package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.Purpose;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** State rules, holidays and call history, as the engine needs them. */
@Repository
public class ComplianceStore {

  private final JdbcClient jdbc;

  public ComplianceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The state's rule for the purpose in force on {@code day}: the newest row not after it. */
  public List<StateRule> rules(String state, Purpose purpose, LocalDate day) {
    return jdbc.sql(
            """
            SELECT * FROM state_rule
             WHERE state = :state AND purpose = :purpose AND effective_from <= :day
             ORDER BY effective_from DESC LIMIT 1
            """)
        .param("state", state)
        .param("purpose", purpose.name())
        .param("day", day)
        .query(
            (rs, row) ->
                new StateRule(
                    rs.getString("state"),
                    Purpose.valueOf(rs.getString("purpose")),
                    rs.getObject("window_start", LocalTime.class),
                    rs.getObject("window_end", LocalTime.class),
                    rs.getObject("saturday_start", LocalTime.class),
                    rs.getObject("saturday_end", LocalTime.class),
                    rs.getObject("sunday_start", LocalTime.class),
                    rs.getObject("sunday_end", LocalTime.class),
                    rs.getBoolean("no_sundays"),
                    rs.getBoolean("no_holidays"),
                    rs.getObject("max_calls", Integer.class),
                    rs.getObject("cap_window_hours", Integer.class),
                    rs.getString("citation")))
        .list();
  }

  public Set<LocalDate> holidays(LocalDate from, LocalDate to) {
    return new HashSet<>(
        jdbc.sql("SELECT day FROM holiday WHERE scope = 'US' AND day BETWEEN :from AND :to")
            .param("from", from)
            .param("to", to)
            .query(LocalDate.class)
            .list());
  }

  /**
   * Dial attempts to the number since {@code since}, across every campaign. An attempt is a row
   * whose dial started; a conversation is one that ended COMPLETED.
   */
  public List<Attempt> history(String phone, Instant since) {
    return jdbc.sql(
            """
            SELECT dial_started_at, campaign_id, subject, disposition FROM call_ledger
             WHERE to_number = :phone AND dial_started_at > :since
            """)
        .param("phone", phone)
        .param("since", Timestamp.from(since))
        .query(
            (rs, row) ->
                new Attempt(
                    rs.getTimestamp("dial_started_at").toInstant(),
                    rs.getString("campaign_id"),
                    rs.getString("subject"),
                    "COMPLETED".equals(rs.getString("disposition"))))
        .list();
  }
}
