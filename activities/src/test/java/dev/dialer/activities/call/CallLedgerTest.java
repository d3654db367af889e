package dev.dialer.activities.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.Disposition;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger against real PostgreSQL with the real migrations. */
class CallLedgerTest {

  private static EmbeddedPostgres postgres;
  private static CallLedger ledger;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    ledger = new CallLedger(JdbcClient.create(postgres.getPostgresDatabase()), new ObjectMapper());
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void aCallIsCreatedOnceWithItsParameters() {
    String id = newCall();

    assertThat(ledger.create(call(id))).isFalse();
    CallRecord row = ledger.find(id).orElseThrow();
    assertThat(row.status()).isEqualTo("scheduled");
    assertThat(row.customParameters()).containsEntry("invoice", "INV-1");
    assertThat(row.dialStartedAt()).isNull();
  }

  @Test
  void theFirstCallSidWins() {
    String id = newCall();
    ledger.markDialStarted(id);
    ledger.attachSid(id, "CA" + "1".repeat(32));
    ledger.attachSid(id, "CA" + "2".repeat(32));

    assertThat(ledger.find(id).orElseThrow().callSid()).isEqualTo("CA" + "1".repeat(32));
    assertThat(ledger.findBySid("CA" + "1".repeat(32))).isPresent();
  }

  @Test
  void noSidIsAttachedBeforeTheDialStarted() {
    String id = newCall();
    ledger.attachSid(id, "CA" + "9".repeat(32));

    assertThat(ledger.find(id).orElseThrow().callSid()).isNull();
  }

  @Test
  void anOlderCallbackNeverMovesTheStatusBack() {
    String id = newCall();
    Instant now = Instant.now();
    ledger.advanceStatus(id, "completed", 3, now);
    ledger.advanceStatus(id, "ringing", 1, now);

    assertThat(ledger.find(id).orElseThrow().status()).isEqualTo("completed");
    assertThat(ledger.find(id).orElseThrow().lastSequence()).isEqualTo(3);
  }

  @Test
  void theAnswerTimeIsTheFirstInProgress() {
    String id = newCall();
    Instant answered = Instant.parse("2026-11-21T10:00:00Z");
    ledger.advanceStatus(id, "in-progress", 2, answered);

    assertThat(ledger.find(id).orElseThrow().answeredAt()).isEqualTo(answered);
  }

  @Test
  void eventsAreDedupedByKey() {
    String id = newCall();
    CallEvent event =
        new CallEvent(
            id, null, "ringing", 1L, "status-callback", null, null, null, Instant.now(), id + ":1");

    assertThat(ledger.addEvent(event)).isTrue();
    assertThat(ledger.addEvent(event)).isFalse();
    assertThat(ledger.events(id)).hasSize(1);
  }

  @Test
  void finishingStoresTheDispositionAndRepeatingItChangesNothing() {
    String id = newCall();
    CallResult result =
        new CallResult(id, "CA" + "3".repeat(32), Disposition.BUSY, "busy", 0, null, null);
    Instant first = Instant.parse("2026-11-21T10:00:00Z");
    ledger.finish(result, "busy", first);
    ledger.finish(result, "busy", first.plusSeconds(60));

    CallRecord row = ledger.find(id).orElseThrow();
    assertThat(row.disposition()).isEqualTo("BUSY");
    assertThat(row.status()).isEqualTo("busy");
    assertThat(row.endedAt()).isEqualTo(first);
    // A finished call takes no more status changes from late callbacks.
    ledger.advanceStatus(id, "ringing", 99, first);
    assertThat(ledger.find(id).orElseThrow().status()).isEqualTo("busy");
  }

  @Test
  void theListPagesNewestFirstWithATotal() {
    String older = newCall();
    String newer = newCall();
    String otherStatus = newCall();
    ledger.advanceStatus(older, "no-answer", 1, Instant.now());
    ledger.advanceStatus(newer, "no-answer", 1, Instant.now());
    ledger.advanceStatus(otherStatus, "busy", 1, Instant.now());
    // Created in that order, a minute apart, after every other call of this class: the order of
    // the page is then the order of created_at, not of insertion or of the random ids.
    createdMinutesAfterTheLatest(older, 1);
    createdMinutesAfterTheLatest(newer, 2);
    createdMinutesAfterTheLatest(otherStatus, 3);

    CallPage first = ledger.list("no-answer", 1, 0);
    CallPage second = ledger.list("no-answer", 1, 1);

    assertThat(first.total()).isGreaterThanOrEqualTo(2);
    assertThat(first.calls()).extracting(CallRecord::callId).containsExactly(newer);
    assertThat(second.calls()).extracting(CallRecord::callId).containsExactly(older);
    assertThat(ledger.list("no-answer", 2, 0).calls())
        .extracting(CallRecord::callId)
        .containsExactly(newer, older);
    assertThat(ledger.list(null, 1, 0).calls())
        .extracting(CallRecord::callId)
        .containsExactly(otherStatus);
  }

  private static void createdMinutesAfterTheLatest(String callId, int minutes) {
    JdbcClient.create(postgres.getPostgresDatabase())
        .sql(
            "UPDATE call_ledger SET created_at ="
                + " (SELECT max(created_at) FROM call_ledger) + make_interval(mins => :minutes)"
                + " WHERE call_id = :id")
        .param("minutes", minutes)
        .param("id", callId)
        .update();
  }

  private static String newCall() {
    String id = UUID.randomUUID().toString();
    assertThat(ledger.create(call(id))).isTrue();
    return id;
  }

  private static NewCall call(String id) {
    return new NewCall(
        id, "call:" + id, "+12025550100", "+14155550100", Map.of("invoice", "INV-1"), null, null);
  }
}
