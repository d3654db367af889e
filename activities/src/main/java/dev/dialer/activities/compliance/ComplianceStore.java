package dev.dialer.activities.compliance;

import dev.dialer.activities.DialerProperties;
import dev.dialer.workflows.compliance.Purpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** State rules, state holidays and call history, as the engine needs them. */
@Repository
public class ComplianceStore {

  /** The custom parameter that names a person across numbers when none is configured. */
  public static final String DEFAULT_PERSON_KEY =
      DialerProperties.ComplianceSettings.DEFAULT_PERSON_KEY;

  private final JdbcClient jdbc;
  private final String personKey;

  public ComplianceStore(JdbcClient jdbc) {
    this(jdbc, DEFAULT_PERSON_KEY);
  }

  /**
   * @param personKey the call's custom parameter that identifies the person (an account id), so
   *     that caps count calls to all of a person's numbers
   */
  @Autowired
  public ComplianceStore(JdbcClient jdbc, DialerProperties properties) {
    this(jdbc, properties.compliance().personKey());
  }

  ComplianceStore(JdbcClient jdbc, String personKey) {
    this.jdbc = jdbc;
    this.personKey = personKey;
  }

  /** The custom parameter that identifies a person across numbers. */
  public String personKey() {
    return personKey;
  }

  /** Every row, of every effective date, of the states for the purpose. */
  public List<StateRule> rules(Collection<String> states, Purpose purpose) {
    if (states.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM state_rule WHERE state IN (:states) AND purpose = :purpose")
        .param("states", states)
        .param("purpose", purpose.name())
        .query((rs, row) -> row(rs))
        .list();
  }

  /** Every row of every state for the purpose: the strictest reading for an unknown state. */
  public List<StateRule> rules(Purpose purpose) {
    return jdbc.sql("SELECT * FROM state_rule WHERE purpose = :purpose")
        .param("purpose", purpose.name())
        .query((rs, row) -> row(rs))
        .list();
  }

  /** The whole table, for operators to read what is enforced. */
  public List<StateRule> allRules() {
    return jdbc.sql("SELECT * FROM state_rule ORDER BY state, purpose, effective_from")
        .query((rs, row) -> row(rs))
        .list();
  }

  /** The whole state holiday table, for operators to read. */
  public List<StateHoliday> allStateHolidays() {
    return jdbc.sql("SELECT * FROM state_holiday ORDER BY state, name")
        .query(
            (rs, row) ->
                new StateHoliday(
                    rs.getString("state"),
                    holiday(rs),
                    rs.getString("citation"),
                    rs.getBoolean("verified")))
        .list();
  }

  private static HolidayRule holiday(ResultSet rs) throws SQLException {
    return new HolidayRule(
        rs.getString("name"),
        rs.getString("rule"),
        rs.getBoolean("shifts"),
        rs.getInt("since_year"));
  }

  /** The states' own holidays, by state. */
  public Map<String, List<HolidayRule>> stateHolidays(Collection<String> states) {
    Map<String, List<HolidayRule>> byState = new HashMap<>();
    if (states.isEmpty()) {
      return byState;
    }
    jdbc.sql("SELECT * FROM state_holiday WHERE state IN (:states)")
        .param("states", states)
        .query((rs, row) -> Map.entry(rs.getString("state"), holiday(rs)))
        .list()
        .forEach(
            e -> byState.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byState;
  }

  /** The person a campaign's contact is, from its custom parameters; empty when it names none. */
  public Optional<String> person(String campaignId, String phone) {
    return jdbc.sql(
            """
            SELECT custom_parameters ->> :key FROM campaign_contact
             WHERE campaign_id = :campaign AND phone = :phone
            """)
        .param("key", personKey)
        .param("campaign", campaignId)
        .param("phone", phone)
        .query(String.class)
        .optional()
        .filter(p -> !p.isBlank());
  }

  /**
   * Dial attempts to the number since {@code since}, across every campaign. An attempt is a row
   * whose dial started; a conversation is one that ended COMPLETED.
   */
  public List<Attempt> history(String phone, Instant since) {
    return history(phone, null, since);
  }

  /**
   * Dial attempts to the number or, when {@code person} is given, to any number of that person (the
   * calls whose person custom parameter matches), since {@code since}.
   */
  public List<Attempt> history(String phone, String person, Instant since) {
    String who =
        person == null
            ? "to_number = :phone"
            : "(to_number = :phone OR custom_parameters ->> :key = :person)";
    var sql =
        jdbc.sql(
                "SELECT "
                    + ATTEMPT_COLUMNS
                    + " FROM call_ledger WHERE "
                    + who
                    + " AND dial_started_at > :since")
            .param("phone", phone)
            .param("since", Timestamp.from(since));
    if (person != null) {
      sql = sql.param("key", personKey).param("person", person);
    }
    return sql.query((rs, row) -> attempt(rs)).list();
  }

  /** {@link #person} for many numbers of one campaign: the numbers that name a person. */
  public Map<String, String> persons(String campaignId, Collection<String> phones) {
    Map<String, String> persons = new HashMap<>();
    if (phones.isEmpty()) {
      return persons;
    }
    jdbc.sql(
            """
            SELECT phone, custom_parameters ->> :key FROM campaign_contact
             WHERE campaign_id = :campaign AND phone IN (:phones)
            """)
        .param("key", personKey)
        .param("campaign", campaignId)
        .param("phones", phones)
        .query(
            (rs, row) -> {
              String person = rs.getString(2);
              if (person != null && !person.isBlank()) {
                persons.put(rs.getString(1), person);
              }
              return person;
            })
        .list();
    return persons;
  }

  /**
   * {@link #history(String, String, Instant)} for many numbers and persons at once: every attempt
   * since {@code since} to one of the numbers or of the persons, with the number and person it was
   * to, for the caller to hand each check its own.
   */
  public List<PersonAttempt> histories(
      Collection<String> phones, Collection<String> persons, Instant since) {
    if (phones.isEmpty()) {
      return List.of();
    }
    String who =
        persons.isEmpty()
            ? "to_number IN (:phones)"
            : "(to_number IN (:phones) OR custom_parameters ->> :key IN (:persons))";
    var sql =
        jdbc.sql(
                "SELECT to_number, custom_parameters ->> :key AS person, "
                    + ATTEMPT_COLUMNS
                    + " FROM call_ledger WHERE "
                    + who
                    + " AND dial_started_at > :since")
            .param("phones", phones)
            .param("key", personKey)
            .param("since", Timestamp.from(since));
    if (!persons.isEmpty()) {
      sql = sql.param("persons", persons);
    }
    return sql.query(
            (rs, row) ->
                new PersonAttempt(rs.getString("to_number"), rs.getString("person"), attempt(rs)))
        .list();
  }

  /** What an {@link Attempt} is read from, in a query on {@code call_ledger}. */
  private static final String ATTEMPT_COLUMNS =
      "dial_started_at, campaign_id, subject, disposition,"
          + " outcome -> 'callbackRequested' ->> 'at' AS callback_at";

  private static Attempt attempt(ResultSet rs) throws SQLException {
    return new Attempt(
        rs.getTimestamp("dial_started_at").toInstant(),
        rs.getString("campaign_id"),
        rs.getString("subject"),
        "COMPLETED".equals(rs.getString("disposition")),
        instant(rs.getString("callback_at")));
  }

  // The outcome's JSON holds instants as ISO-8601 text; anything else is no request.
  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static StateRule row(ResultSet rs) throws SQLException {
    String clock = rs.getString("clock_zone");
    return new StateRule(
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
        rs.getString("citation"),
        rs.getObject("effective_from", LocalDate.class),
        HolidayDates.valueOf(rs.getString("holiday_dates")),
        rs.getBoolean("state_holidays"),
        clock == null ? null : ZoneId.of(clock),
        rs.getBoolean("verified"));
  }
}
