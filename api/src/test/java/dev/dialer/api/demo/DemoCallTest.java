package dev.dialer.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.dialer.workflows.call.Disposition;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCallTest {

  private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

  @Test
  void givenTheDemoNumbers_whenValidated_theyShouldAllBeValidUsNumbersInE164()
      throws NumberParseException {
    for (String number : DemoCall.NUMBERS) {
      var parsed = phoneNumbers.parse(number, "US");
      assertThat(phoneNumbers.isValidNumber(parsed)).as(number).isTrue();
      assertThat(phoneNumbers.getRegionCodeForNumber(parsed)).as(number).isEqualTo("US");
      assertThat(phoneNumbers.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
          .isEqualTo(number);
    }
  }

  @Test
  void givenTheDemoCalls_whenGrouped_theyShouldCoverEveryDigitAndSeveralHumanAnswers() {
    List<DemoCall> calls = DemoCall.all();

    Set<Character> lastDigits =
        calls.stream()
            .map(call -> call.to().charAt(call.to().length() - 1))
            .collect(Collectors.toSet());
    assertThat(lastDigits)
        .containsExactlyInAnyOrder('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    assertThat(calls.stream().map(DemoCall::expected).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.complementOf(EnumSet.of(Disposition.CANCELED)));
    assertThat(calls.stream().filter(call -> call.expected() == Disposition.COMPLETED))
        .hasSizeGreaterThan(5);
    assertThat(DemoCall.NUMBERS).doesNotHaveDuplicates();
  }
}
