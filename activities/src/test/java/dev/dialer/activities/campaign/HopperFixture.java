package dev.dialer.activities.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.compliance.CalleeLocator;
import dev.dialer.activities.compliance.ComplianceChecker;
import dev.dialer.activities.compliance.ComplianceStore;
import dev.dialer.activities.dnc.DncStore;
import dev.dialer.activities.outcome.CallOutcomeStore;
import dev.dialer.workflows.campaign.AgentScript;
import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ClaimRequest;
import dev.dialer.workflows.campaign.ClaimedContacts;
import dev.dialer.workflows.campaign.Pacing;
import dev.dialer.workflows.campaign.RetryPolicy;
import dev.dialer.workflows.campaign.Schedule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real PostgreSQL with the real migrations, and the hopper wired as Spring wires it: the real
 * compliance checker over the real do-not-call lists, state rules and call ledger.
 */
final class HopperFixture implements AutoCloseable, ExtensionContext.Store.CloseableResource {

  /** A Wednesday: 13:00 in New York, 10:00 in Los Angeles, 04:00 on Thursday in Guam. */
  static final Instant AT = Instant.parse("2026-11-18T18:00:00Z");

  static final String CALLER_ID = "+14155550100";

  private static final AtomicInteger NUMBERS = new AtomicInteger(1000);

  final EmbeddedPostgres postgres;
  final JdbcClient jdbc;
  final DncStore dnc;
  final CallLedger ledger;
  final CampaignActivitiesImpl activities;
  final DialingCalls dialing;
  final LiveCalls liveCalls;

  /**
   * Hands every test class that takes a {@code HopperFixture} in its {@code @BeforeAll} the same
   * one, closed when the run ends: one database and one Temporal test server for all of the
   * hopper's tests. Each test makes its own campaign and numbers, so they do not meet.
   */
  static final class Shared implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == HopperFixture.class;
    }

    @Override
    public HopperFixture resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.create(HopperFixture.class))
          .getOrComputeIfAbsent(HopperFixture.class, key -> open(), HopperFixture.class);
    }

    private static HopperFixture open() {
      try {
        return new HopperFixture();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
  }

  HopperFixture() throws IOException {
    postgres = EmbeddedPostgres.start();
    liveCalls = new LiveCalls();
    DataSource data = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(data).load().migrate();
    jdbc = JdbcClient.create(data);
    ObjectMapper json = new ObjectMapper();
    dnc = new DncStore(jdbc);
    ledger = new CallLedger(jdbc, json);
    CalleeLocator locator = new CalleeLocator();
    ComplianceChecker checker = new ComplianceChecker(locator, dnc, new ComplianceStore(jdbc));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(data));
    CampaignContacts contacts = new CampaignContacts(jdbc, json);
    CampaignCalls calls = new CampaignCalls(jdbc, json);
    CallExecutions executions = liveCalls.executions();
    CampaignResults results =
        new CampaignResults(contacts, checker, tx, new CallOutcomeStore(jdbc, json));
    dialing = new DialingCalls(jdbc, results, calls);
    activities =
        new CampaignActivitiesImpl(
            new CampaignHopper(
                contacts,
                calls,
                checker,
                locator,
                new ClaimFences(jdbc),
                new StrandedContacts(jdbc, executions, ledger, tx),
                tx),
            results,
            contacts,
            calls,
            new CampaignStore(jdbc, tx),
            executions,
            liveCalls.starter());
  }

  @Override
  public void close() throws IOException {
    liveCalls.close();
    postgres.close();
  }

  /** A New York number no other test dials. */
  static String newYorkNumber() {
    return "+1212555" + NUMBERS.getAndIncrement();
  }

  static CampaignSettings settings(RetryPolicy retry) {
    return settings(retry, null);
  }

  static CampaignSettings settings(RetryPolicy retry, Instant endAt) {
    return new CampaignSettings(
        CampaignPurpose.APPOINTMENT_CONFIRMATION,
        CALLER_ID,
        new AgentScript("You confirm appointments.", "Hello, this is the clinic.", null),
        new Schedule(null, endAt, null),
        new Pacing(5, 10),
        retry,
        null);
  }

  static RetryPolicy noAnswerAfter(Duration delay, int maxAttempts) {
    return new RetryPolicy(maxAttempts, Map.of("NO_ANSWER", delay));
  }

  String campaign(CampaignSettings settings) {
    String id = "c" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO campaign (campaign_id, name, purpose, status, settings)
            VALUES (:id, :name, :purpose, 'DRAFT', :settings::jsonb)
            """)
        .param("id", id)
        .param("name", "test " + id)
        .param("purpose", settings.purpose().name())
        .param("settings", CampaignSettingsJson.write(settings))
        .update();
    return id;
  }

  long contact(String campaignId, String phone) {
    return contact(campaignId, phone, null);
  }

  long contact(String campaignId, String phone, String timezone) {
    return jdbc.sql(
            """
            INSERT INTO campaign_contact (campaign_id, row_number, phone, name, timezone,
                                          custom_parameters)
            VALUES (:campaign,
                    (SELECT count(*) + 1 FROM campaign_contact WHERE campaign_id = :campaign),
                    :phone, 'Pat', :timezone, '{"appointment": "A-1"}'::jsonb)
            RETURNING contact_id
            """)
        .param("campaign", campaignId)
        .param("phone", phone)
        .param("timezone", timezone)
        .query(Long.class)
        .single();
  }

  ClaimedContacts claim(
      String campaignId, String token, int limit, Instant at, CampaignSettings settings) {
    return activities.claim(new ClaimRequest(campaignId, token, limit, at, settings));
  }

  ContactRow row(long contactId) {
    return jdbc.sql(
            """
            SELECT state, attempts, calls, next_eligible_at, claim_token, last_call_id,
                   last_disposition, last_attempt_at, note
              FROM campaign_contact WHERE contact_id = :id
            """)
        .param("id", contactId)
        .query(
            (rs, n) ->
                new ContactRow(
                    rs.getString("state"),
                    rs.getInt("attempts"),
                    rs.getInt("calls"),
                    instant(rs, "next_eligible_at"),
                    rs.getString("claim_token"),
                    rs.getString("last_call_id"),
                    rs.getString("last_disposition"),
                    instant(rs, "last_attempt_at"),
                    rs.getString("note")))
        .single();
  }

  long ledgerRows(String campaignId) {
    return jdbc.sql("SELECT count(*) FROM call_ledger WHERE campaign_id = :c")
        .param("c", campaignId)
        .query(Long.class)
        .single();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
