package dev.dialer.workflows.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallProgressTest {

  private static final String SID = "CA1";
  private static final String OTHER_SID = "CA2";

  private final CallProgress progress = new CallProgress();

  @Test
  void beforeAnyCallbackNoSequenceNumberIsApplied() {
    assertThat(progress.lastSequenceNumber()).isEqualTo(CallProgress.NO_SEQUENCE);
    assertThat(progress.status()).isNull();
  }

  @Test
  void givenCallbacksInOrder_itShouldFollowThem() {
    progress.dialed(SID);

    assertThat(progress.apply(update(SID, "initiated", 0))).isTrue();
    assertThat(progress.apply(update(SID, "ringing", 1))).isTrue();

    assertThat(progress.status()).isEqualTo("ringing");
    assertThat(progress.lastSequenceNumber()).isEqualTo(1);
    assertThat(progress.isTerminal()).isFalse();
  }

  @Test
  void givenADuplicateOrLateCallback_itShouldIgnoreIt() {
    progress.dialed(SID);
    progress.apply(update(SID, "ringing", 1));
    progress.apply(update(SID, "in-progress", 2));

    assertThat(progress.apply(update(SID, "in-progress", 2))).isFalse();
    assertThat(progress.apply(update(SID, "ringing", 1))).isFalse();

    assertThat(progress.status()).isEqualTo("in-progress");
    assertThat(progress.lastSequenceNumber()).isEqualTo(2);
  }

  @Test
  void givenGapsInSequenceNumbers_itShouldAcceptThem() {
    progress.dialed(SID);
    progress.apply(update(SID, "initiated", 0));

    assertThat(progress.apply(finalUpdate(SID, "completed", 7, 30, "human"))).isTrue();
    assertThat(progress.status()).isEqualTo("completed");
  }

  @Test
  void givenAFinalStatus_nothingShouldChangeItEvenWithAHigherSequenceNumber() {
    progress.dialed(SID);
    progress.apply(finalUpdate(SID, "completed", 3, 30, null));

    assertThat(progress.apply(finalUpdate(SID, "failed", 4, 0, "fax"))).isFalse();

    assertThat(progress.status()).isEqualTo("completed");
    assertThat(progress.durationSeconds()).isEqualTo(30);
    assertThat(progress.answeredBy()).isNull();
    assertThat(progress.completionSource()).isEqualTo(CallCompletion.STATUS_CALLBACK);
  }

  @Test
  void givenACallbackForAnotherCall_itShouldIgnoreIt() {
    progress.dialed(SID);

    assertThat(progress.apply(finalUpdate(OTHER_SID, "completed", 5, 30, "human"))).isFalse();

    assertThat(progress.status()).isNull();
    assertThat(progress.answeredBy()).isNull();
  }

  @Test
  void givenCallbacksBeforeTheDialReturns_itShouldHoldThemAndApplyThemInSequence() {
    assertThat(progress.apply(finalUpdate(SID, "completed", 3, 25, null))).isFalse();
    progress.apply(finalUpdate(SID, "in-progress", 2, null, "human"));
    progress.apply(update(OTHER_SID, "in-progress", 9));
    assertThat(progress.status()).isNull();

    progress.dialed(SID);

    assertThat(progress.status()).isEqualTo("completed");
    assertThat(progress.lastSequenceNumber()).isEqualTo(3);
    assertThat(progress.durationSeconds()).isEqualTo(25);
    assertThat(progress.answeredBy()).isEqualTo("human");
  }

  @Test
  void givenAnAmdResultBeforeTheDialReturns_itShouldHoldItForOurCallOnly() {
    progress.detected(new AmdResult(SID, "machine_start", 2100));
    progress.detected(new AmdResult(OTHER_SID, "human", 1800));
    assertThat(progress.answeredBy()).isNull();

    progress.dialed(SID);

    assertThat(progress.answeredBy()).isEqualTo("machine_start");
  }

  @Test
  void givenAnAmdResult_itShouldRememberItAlsoAfterTheFinalStatus() {
    progress.dialed(SID);
    progress.apply(finalUpdate(SID, "completed", 3, 25, null));

    assertThat(progress.detected(new AmdResult(SID, "machine_end_beep", 4000))).isTrue();

    assertThat(progress.answeredBy()).isEqualTo("machine_end_beep");
    assertThat(progress.answeredByMachine()).isTrue();
  }

  @Test
  void givenAnAmdResultForAnotherCall_itShouldIgnoreIt() {
    progress.dialed(SID);

    assertThat(progress.detected(new AmdResult(OTHER_SID, "fax", 900))).isFalse();

    assertThat(progress.answeredBy()).isNull();
  }

  @Test
  void givenATerminalSnapshot_itShouldEndTheCallFromReconciliation() {
    progress.dialed(SID);
    progress.apply(update(SID, "ringing", 1));

    progress.reconcile(snapshot("completed", 42, "human"));

    assertThat(progress.isTerminal()).isTrue();
    assertThat(progress.durationSeconds()).isEqualTo(42);
    assertThat(progress.answeredBy()).isEqualTo("human");
    assertThat(progress.completionSource()).isEqualTo(CallCompletion.RECONCILIATION);
  }

  @Test
  void givenALiveSnapshot_itShouldOnlyLearnWhoAnswered() {
    progress.dialed(SID);
    progress.apply(update(SID, "ringing", 1));

    progress.reconcile(snapshot("in-progress", null, "machine_start"));

    assertThat(progress.status()).isEqualTo("ringing");
    assertThat(progress.isTerminal()).isFalse();
    assertThat(progress.answeredByMachine()).isTrue();
  }

  @Test
  void givenASnapshotAfterTheFinalCallback_itShouldKeepTheCallback() {
    progress.dialed(SID);
    progress.apply(finalUpdate(SID, "busy", 2, 0, null));

    progress.reconcile(snapshot("completed", 42, "human"));

    assertThat(progress.status()).isEqualTo("busy");
    assertThat(progress.completionSource()).isEqualTo(CallCompletion.STATUS_CALLBACK);
  }

  private static CallStatusUpdate update(String sid, String status, long sequenceNumber) {
    return finalUpdate(sid, status, sequenceNumber, null, null);
  }

  private static CallStatusUpdate finalUpdate(
      String sid, String status, long sequenceNumber, Integer duration, String answeredBy) {
    return new CallStatusUpdate(
        sid, status, sequenceNumber, duration, answeredBy, null, Instant.EPOCH);
  }

  private static CallSnapshot snapshot(String status, Integer duration, String answeredBy) {
    return new CallSnapshot(SID, status, duration, answeredBy, Instant.EPOCH, null);
  }
}
