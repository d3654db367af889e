package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

  private static ContactRules.Checked check(
      String phone, String timezone, String zip, String state) {
    return ContactRules.check(
        new ContactRow(7, phone, "Ada", timezone, zip, state, Map.of(), null));
  }

  @Test
  void usNationalFormsAreStoredInE164() {
    assertThat(check("(415) 555-0100", null, null, null).contact().phone())
        .isEqualTo("+14155550100");
    assertThat(check("415.555.0100", null, null, null).contact().phone()).isEqualTo("+14155550100");
    assertThat(check(" +1 415 555 0100 ", null, null, null).contact().phone())
        .isEqualTo("+14155550100");
    assertThat(check("+442071838750", null, null, null).contact().phone())
        .isEqualTo("+442071838750");
  }

  @Test
  void anInvalidNumberIsRejectedWithItsRowAndField() {
    for (String phone : new String[] {"555-0100", "+1 999 555 0100", "call me", "+1415555010"}) {
      var rejected = check(phone, null, null, null).rejected();
      assertThat(rejected).as(phone).isNotNull();
      assertThat(rejected.row()).isEqualTo(7);
      assertThat(rejected.field()).isEqualTo("phone");
    }
  }

  @Test
  void zipPlusFourKeepsFiveDigits_andStatesAreUpperCase() {
    var contact = check("+14155550100", "America/Los_Angeles", "94110-1234", "ca").contact();

    assertThat(contact.zip()).isEqualTo("94110");
    assertThat(contact.state()).isEqualTo("CA");
    assertThat(contact.timezone()).isEqualTo("America/Los_Angeles");
    assertThat(check("+14155550100", null, null, "PR").contact().state()).isEqualTo("PR");
  }

  @Test
  void eachOtherFieldNamesItself() {
    assertThat(check("+14155550100", "PST", null, null).rejected().field()).isEqualTo("timezone");
    assertThat(check("+14155550100", null, "9411", null).rejected().field()).isEqualTo("zip");
    assertThat(check("+14155550100", null, null, "California").rejected().field())
        .isEqualTo("state");
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i <= ContactRules.MAX_PARAMETERS; i++) {
      many.put("p" + i, "v");
    }
    var tooMany = new ContactRow(1, "+14155550100", null, null, null, null, many, null);
    assertThat(ContactRules.check(tooMany).rejected().field()).isEqualTo("customParameters");
    var longName =
        new ContactRow(1, "+14155550100", "x".repeat(201), null, null, null, Map.of(), null);
    assertThat(ContactRules.check(longName).rejected().field()).isEqualTo("name");
  }
}
