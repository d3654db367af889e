package dev.dialer.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.dialer.workflows.call.Disposition;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoCallTest {

  private static final Set<Disposition> NOT_DIALED =
      EnumSet.of(
          Disposition.CANCELED,
          Disposition.BLOCKED_DNC,
          Disposition.DEFERRED_WINDOW,
          Disposition.CAPPED);

  private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

  @Test
  void givenThePool_whenEveryAreaCodeGetsEveryLastDigit_theNumbersShouldBeValidE164()
      throws NumberParseException {
    for (AreaCode area : AreaCode.POOL) {
      List<String> lines =
          Stream.concat(DemoCall.LINES.stream(), Stream.of("0103", "0104", "0105", "0106", "0107"))
              .toList();
      for (String line : lines) {
        String number = area.number(line);
        var parsed = phoneNumbers.parse(number, "US");
        assertThat(phoneNumbers.isValidNumber(parsed)).as(number).isTrue();
        assertThat(phoneNumbers.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
            .isEqualTo(number);
      }
    }
  }

  @Test
  void givenThePool_itShouldSpanManyZonesAndNoFloridaCode() {
    assertThat(AreaCode.POOL.stream().map(AreaCode::zone).distinct()).hasSizeGreaterThan(9);
    assertThat(AreaCode.POOL.subList(0, CallPlan.MAX_CHECKS).stream().map(AreaCode::zone))
        .containsAll(AreaCode.POOL.stream().map(AreaCode::zone).collect(Collectors.toSet()));
    assertThat(AreaCode.POOL.stream().map(AreaCode::code))
        .doesNotHaveDuplicates()
        .doesNotContain("305", "786", "954", "561", "407", "813", "904", "684");
  }

  @Test
  void givenThePool_whenSpread_theCallsShouldCoverEveryDigitAndSeveralHumanAnswers() {
    List<DemoCall> calls = DemoCall.spread(AreaCode.POOL);

    Set<Character> lastDigits =
        calls.stream()
            .map(call -> call.to().charAt(call.to().length() - 1))
            .collect(Collectors.toSet());
    assertThat(lastDigits)
        .containsExactlyInAnyOrder('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    assertThat(calls.stream().map(DemoCall::expected).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.complementOf(EnumSet.copyOf(NOT_DIALED)));
    assertThat(calls.stream().filter(call -> call.expected() == Disposition.COMPLETED))
        .hasSizeGreaterThan(5);
    assertThat(calls.stream().map(DemoCall::to)).doesNotHaveDuplicates();
    assertThat(calls.stream().map(DemoCall::area).distinct()).hasSize(DemoCall.LINES.size());
  }

  @Test
  void givenTwoAreaCodes_whenSpread_theyShouldTakeTurns() {
    AreaCode honolulu = AreaCode.forNumber("+18085550100");
    AreaCode guam = AreaCode.forNumber("+16715550100");

    List<DemoCall> calls = DemoCall.spread(List.of(honolulu, guam));

    assertThat(calls).hasSize(12);
    assertThat(calls.stream().limit(4).map(DemoCall::to))
        .containsExactly("+18085550100", "+16715550111", "+18085550122", "+16715550133");
    assertThat(calls.get(0).area().zone().getId()).isEqualTo("Pacific/Honolulu");
  }
}
