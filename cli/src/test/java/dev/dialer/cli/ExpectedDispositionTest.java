package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.workflows.call.Disposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectedDispositionTest {

  @ParameterizedTest
  @CsvSource({
    "+12125550100, COMPLETED",
    "+12125550104, COMPLETED",
    "+12125550121, OPTED_OUT",
    "+12125550174, OPTED_OUT",
    "+12125550125, ANSWERING_MACHINE",
    "+12125550105, ANSWERING_MACHINE",
    "+12125550106, NO_ANSWER",
    "+12125550107, BUSY",
    "+12125550108, FAILED",
    "+12125550109, HUNG_UP"
  })
  void givenANumber_whenItsLastDigitIsRead_itShouldExpectTheSimsOutcome(
      String number, Disposition expected) {
    assertThat(ExpectedDisposition.forNumber(number)).isEqualTo(expected);
  }

  @Test
  void givenSomethingNotEndingInADigit_whenRead_itShouldSaySo() {
    assertThatThrownBy(() -> ExpectedDisposition.forNumber("+1212555010x"))
        .hasMessageContaining("+1212555010x");
  }
}
