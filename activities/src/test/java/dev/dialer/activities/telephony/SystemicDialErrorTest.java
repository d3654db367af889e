package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.http.Response;
import dev.dialer.workflows.call.DialRequest;
import dev.dialer.workflows.call.TelephonyActivities;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Twilio refusing the account is told apart from Twilio refusing the number. */
class SystemicDialErrorTest {

  @RegisterExtension static final DialFixture db = new DialFixture();

  @ParameterizedTest
  @CsvSource({
    "401, 20003, TelephonyUnavailable",
    "403, 20005, TelephonyUnavailable",
    "400, 21211, DialRejected",
    "400, 21214, DialRejected",
    "400, 13224, DialRejected"
  })
  void givenTwilioRefusesTheCreate_whenDialing_theFailureSaysWhetherTheNumberIsAtFault(
      int status, int code, String type) {
    db.answer =
        callId ->
            new Response(
                "{\"code\": "
                    + code
                    + ", \"message\": \"refused\", \"more_info\": \"\", \"status\": "
                    + status
                    + "}",
                status);
    String callId = UUID.randomUUID().toString();

    assertThatThrownBy(
            () -> db.telephony.dial(new DialRequest(callId, "+12125550190", null, Map.of())))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(type);
              assertThat(failure.isNonRetryable()).isTrue();
            });
    assertThat(TelephonyActivities.TELEPHONY_UNAVAILABLE).isEqualTo("TelephonyUnavailable");
  }
}
