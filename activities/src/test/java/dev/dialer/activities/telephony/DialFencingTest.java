package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.call.DialRequest;
import dev.dialer.workflows.call.DialResult;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Of the tries of one attempt, only the one that owns it by the ledger's fencing token dials. */
class DialFencingTest {

  @RegisterExtension static final DialFixture db = new DialFixture();

  @Test
  void givenTwoTriesOfOneAttemptAtOnce_whenBothRun_onlyOneSendsTheCreate() throws Exception {
    String callId = UUID.randomUUID().toString();
    DialRequest request = new DialRequest(callId, "+12125550140", null, Map.of());
    // Twilio holds the first create until a second arrives (or 3 s pass): two tries that both
    // reach Twilio are both seen there.
    CyclicBarrier bothAtTwilio = new CyclicBarrier(2);
    db.answer =
        id -> {
          try {
            bothAtTwilio.await(3, TimeUnit.SECONDS);
          } catch (Exception onlyOneCame) {
            // the other try never reached Twilio
          }
          return DialFixture.accepted(id);
        };
    try {
      List<CompletableFuture<DialResult>> tries =
          List.of(
              CompletableFuture.supplyAsync(() -> db.telephony.dial(request)),
              CompletableFuture.supplyAsync(() -> db.telephony.dial(request)));
      CompletableFuture.allOf(tries.toArray(CompletableFuture[]::new))
          .exceptionally(failure -> null)
          .get(30, TimeUnit.SECONDS);

      assertThat(db.createsFor(callId)).isEqualTo(1);
      assertThat(tries).filteredOn(t -> !t.isCompletedExceptionally()).hasSize(1);
      assertThat(db.ledger.find(callId).orElseThrow().callSid()).startsWith("CA");
    } finally {
      db.answer = DialFixture::accepted;
    }
  }

  @Test
  void givenAWorkerDiedBetweenAdmitAndSent_whenDialsWaitBehindIt_eachFailsRetryablyThenDialsOnce() {
    DialPacing pacing = new DialPacing("campaign:dead-worker-" + UUID.randomUUID(), 1);
    // The dead worker: admitted to the carrier's second, never answered.
    db.pacer.awaitSlot(pacing);
    db.pacer.admit(pacing);
    String callId = UUID.randomUUID().toString();
    DialRequest request = new DialRequest(callId, "+12125550141", null, Map.of(), pacing);

    assertThatThrownBy(() -> db.telephony.dial(request))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(DialWait.TOO_LONG);
              assertThat(failure.isNonRetryable()).isFalse();
            });
    assertThat(db.createsFor(callId)).isZero();
    assertThat(db.ledger.find(callId).orElseThrow().dialStartedAt()).isNull();

    // Temporal's retries, until the dead worker's admission has expired.
    AtomicReference<DialResult> dialed = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              try {
                dialed.set(db.telephony.dial(request));
                return true;
              } catch (ApplicationFailure retryable) {
                return false;
              }
            });
    assertThat(dialed.get().adopted()).isFalse();
    assertThat(db.createsFor(callId)).isEqualTo(1);
  }
}
