package dev.dialer.workflows.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DispositionRulesTest {

  @ParameterizedTest(name = "{0}, {1} s, answered by {2} -> {3}")
  @CsvSource(
      nullValues = "null",
      value = {
        "completed, 45, human, COMPLETED",
        "completed, 3, human, COMPLETED",
        "completed, 45, null, COMPLETED",
        "completed, null, null, COMPLETED",
        "completed, 45, unknown, COMPLETED",
        "completed, 2, human, HUNG_UP",
        "completed, 0, null, HUNG_UP",
        "completed, 30, machine_start, ANSWERING_MACHINE",
        "completed, 12, machine_end_beep, ANSWERING_MACHINE",
        "completed, 1, machine_end_silence, ANSWERING_MACHINE",
        "completed, 20, machine_end_other, ANSWERING_MACHINE",
        "completed, 8, fax, ANSWERING_MACHINE",
        "busy, 0, null, BUSY",
        "no-answer, 0, null, NO_ANSWER",
        "failed, 0, null, FAILED",
        "canceled, 0, null, CANCELED",
      })
  void itShouldClassifyTheFinalStatus(
      String finalStatus, Integer durationSeconds, String answeredBy, Disposition expected) {
    assertThat(DispositionRules.of(finalStatus, durationSeconds, answeredBy)).isEqualTo(expected);
  }

  @Test
  void aMachineOnAnUnansweredCallDoesNotMakeItAnAnsweringMachine() {
    assertThat(DispositionRules.of("no-answer", 0, "machine_start"))
        .isEqualTo(Disposition.NO_ANSWER);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"initiated", "ringing", "in-progress", "queued", "COMPLETED"})
  void aStatusThatIsNotFinalCannotBeClassified(String status) {
    assertThatIllegalArgumentException().isThrownBy(() -> DispositionRules.of(status, 10, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"machine_start", "machine_end_beep", "machine_end_other", "fax"})
  void machinesAndFaxesAreMachines(String answeredBy) {
    assertThat(DispositionRules.isMachine(answeredBy)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"human", "unknown", ""})
  void peopleAndUndecidedResultsAreNotMachines(String answeredBy) {
    assertThat(DispositionRules.isMachine(answeredBy)).isFalse();
  }
}
