package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactResultTest {

  static ContactResult result(
      String phone,
      String state,
      int attempts,
      String disposition,
      String note,
      boolean windowClosed) {
    return new ContactResult(
        new DemoContact(phone, "Demo", AreaCode.forNumber(phone)),
        new ContactView(phone, state, attempts, disposition, note),
        windowClosed);
  }

  @ParameterizedTest(name = "{0} {1} after {2}, {3}, window closed {4}: right {5}")
  @CsvSource({
    "+12125550100, DONE,      1, COMPLETED,         false, true",
    "+12125550105, DONE,      1, ANSWERING_MACHINE, false, true",
    "+12125550109, DONE,      1, HUNG_UP,           false, true",
    "+12125550106, EXHAUSTED, 3, NO_ANSWER,         false, true",
    "+12125550107, EXHAUSTED, 3, BUSY,              false, true",
    "+12125550108, EXHAUSTED, 3, FAILED,            false, true",
    "+12125550107, EXHAUSTED, 2, BUSY,              false, false",
    "+12125550107, DONE,      1, BUSY,              false, false",
    "+12125550107, EXHAUSTED, 3, NO_ANSWER,         false, false",
    "+12125550100, DONE,      2, COMPLETED,         false, false",
    "+12125550100, DIALING,   1,                  , false, false",
    "+12125550106, EXPIRED,   2, NO_ANSWER,         false, false",
    "+12125550100, EXPIRED,   0,                  , true,  true",
    "+12125550100, EXPIRED,   0,                  , false, false",
    "+12125550106, EXPIRED,   1, NO_ANSWER,         true,  true",
    "+12125550106, EXPIRED,   1, BUSY,              true,  false",
    "+12125550100, EXPIRED,   0, DEFERRED_WINDOW,   false, true",
    "+12125550106, EXPIRED,   1, CAPPED,            false, true",
    "+12125550100, BLOCKED,   0, BLOCKED_DNC,       false, true",
    "+12125550100, PENDING,   0,                  , true,  false",
    "+12125550111, EXPIRED,   0, COMPLETED,         false, true",
    "+12125550111, RETRY,     0, COMPLETED,         false, true",
    "+12125550111, DONE,      1, COMPLETED,         false, false",
    "+12125550111, EXPIRED,   1, COMPLETED,         false, false"
  })
  void givenHowAContactEnded_whenJudged_itShouldBeRightOnlyAsScriptedOrRightlyNotDialed(
      String phone,
      String state,
      int attempts,
      String disposition,
      boolean windowClosed,
      boolean right) {
    assertThat(result(phone, state, attempts, disposition, null, windowClosed).ok())
        .isEqualTo(right);
  }

  @Test
  void givenAWrongContact_whenExplained_itShouldSayWhatWasExpectedAndWhatCame() {
    assertThat(
            result("+17875550177", "EXHAUSTED", 3, "NO_ANSWER", "last try at 01:02", false).why())
        .isEqualTo(
            "+17875550177: expected BUSY, EXHAUSTED after 3 attempts;"
                + " got NO_ANSWER, EXHAUSTED after 3 attempts (last try at 01:02)");
    DemoContact missing = new DemoContact("+12125550100", "Demo", AreaCode.POOL.get(0));
    assertThat(new ContactResult(missing, null, false).ok()).isFalse();
    assertThat(new ContactResult(missing, null, false).why())
        .isEqualTo(
            "+12125550100: expected COMPLETED, DONE after 1 attempt;"
                + " missing from the campaign's contacts");
  }
}
