package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactSpreadTest {

  private static final Set<Character> ALL_DIGITS =
      Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

  private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

  @Test
  void givenThreeAreaCodes_whenTwoHundredAreSpread_everyDigitShouldShowInEveryZone() {
    List<AreaCode> areas = AreaCode.POOL.subList(0, 3);

    List<DemoContact> contacts = ContactSpread.spread(areas, 200);

    assertThat(contacts).hasSize(200);
    assertThat(contacts.stream().map(DemoContact::phone)).doesNotHaveDuplicates();
    Map<AreaCode, Set<Character>> digitsByArea =
        contacts.stream()
            .collect(
                Collectors.groupingBy(
                    DemoContact::area,
                    Collectors.mapping(DemoContact::lastDigit, Collectors.toSet())));
    assertThat(digitsByArea)
        .hasSize(3)
        .allSatisfy((area, digits) -> assertThat(digits).isEqualTo(ALL_DIGITS));
    assertThat(contacts.stream().map(DemoContact::area).map(AreaCode::zone).distinct()).hasSize(3);
    assertThat(contacts.stream().filter(contact -> contact.area().equals(areas.get(0))))
        .hasSizeBetween(66, 67);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void givenAsManyContactsAsTheAreaCodesHold_whenSpread_eachOutcomeShouldShowInSeveralZones(
      int areaCount) throws NumberParseException {
    List<AreaCode> areas = AreaCode.POOL.subList(0, areaCount);

    List<DemoContact> contacts = ContactSpread.spread(areas, 10_000);

    assertThat(contacts).hasSize(ContactSpread.capacity(areas)).hasSize(100 * areaCount);
    assertThat(contacts.stream().map(DemoContact::phone)).doesNotHaveDuplicates();
    assertThat(contacts.stream().map(DemoContact::phone))
        .allMatch(phone -> phone.matches("\\+1\\d{3}55501\\d\\d"));
    Map<Character, Set<AreaCode>> zonesByDigit =
        contacts.stream()
            .collect(
                Collectors.groupingBy(
                    DemoContact::lastDigit,
                    Collectors.mapping(DemoContact::area, Collectors.toSet())));
    assertThat(zonesByDigit.keySet()).isEqualTo(ALL_DIGITS);
    assertThat(zonesByDigit.values()).allSatisfy(zones -> assertThat(zones).hasSize(areaCount));
    for (DemoContact contact : contacts) {
      var parsed = phoneNumbers.parse(contact.phone(), "US");
      assertThat(phoneNumbers.isValidNumber(parsed)).as(contact.phone()).isTrue();
      assertThat(phoneNumbers.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
          .isEqualTo(contact.phone());
    }
  }

  @Test
  void givenTenContacts_whenSpread_theyShouldCoverEveryOutcomeAlready() {
    List<DemoContact> contacts = ContactSpread.spread(AreaCode.POOL.subList(0, 2), 10);

    assertThat(contacts.stream().map(DemoContact::lastDigit).collect(Collectors.toSet()))
        .isEqualTo(ALL_DIGITS);
    assertThat(contacts.stream().limit(4).map(DemoContact::phone))
        .containsExactly("+12125550100", "+13125550101", "+12125550102", "+13125550103");
  }

  @Test
  void givenMoreContactsThanTheAreaCodesHold_whenSpread_itShouldStopAtTheirCapacityAndSaySo() {
    List<AreaCode> honolulu = List.of(AreaCode.forNumber("+18085550100"));

    assertThat(ContactSpread.spread(honolulu, 250)).hasSize(100);
    assertThat(ContactSpread.shortfall(honolulu, 250))
        .isEqualTo(
            "Only 100 distinct demo numbers in 1 area code (555-0100 to 555-0199 in each);"
                + " running 100 contacts, not the 250 DEMO_CONTACTS asks for.");
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
}
