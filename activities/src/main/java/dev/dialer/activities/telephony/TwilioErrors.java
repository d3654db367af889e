package dev.dialer.activities.telephony;

import com.twilio.exception.ApiException;
import dev.dialer.workflows.call.DialRejection;
import dev.dialer.workflows.call.TelephonyActivities;
import io.temporal.failure.ApplicationFailure;
import java.util.Set;

/** Sorts Twilio's errors into "try again", "never for this number" and "never for any number". */
final class TwilioErrors {

  /**
   * Twilio's codes for an account it will not serve at all: 20003 authentication failed, 20005
   * account not active, 20006 access denied, 10001 account not active.
   */
  private static final Set<Integer> ACCOUNT_CODES = Set.of(20003, 20005, 20006, 10001);

  private TwilioErrors() {}

  /**
   * A 4xx other than 429 means Twilio looked at the request and refused it (invalid number, caller
   * ID not verified, bad credentials): repeating it cannot succeed. Anything else may pass later.
   */
  static boolean permanent(ApiException e) {
    Integer status = e.getStatusCode();
    return status != null && status >= 400 && status < 500 && status != 429;
  }

  /**
   * 401 and 403 (a rotated token, a suspended account) refuse every call the account asks for: a
   * fault of the dialer's setup, not of the number, so it must not burn the contact's attempts.
   */
  static boolean systemic(ApiException e) {
    Integer status = e.getStatusCode();
    return (status != null && (status == 401 || status == 403))
        || (e.getCode() != null && ACCOUNT_CODES.contains(e.getCode()));
  }

  static RuntimeException forDial(ApiException e) {
    int code = e.getCode() == null ? 0 : e.getCode();
    if (systemic(e)) {
      return ApplicationFailure.newNonRetryableFailure(
          "Twilio refused the account: " + code + " " + e.getMessage(),
          TelephonyActivities.TELEPHONY_UNAVAILABLE,
          new DialRejection(code, e.getMessage()));
    }
    if (!permanent(e)) {
      return e;
    }
    return ApplicationFailure.newNonRetryableFailure(
        "Twilio refused the call: " + code + " " + e.getMessage(),
        TelephonyActivities.DIAL_REJECTED,
        new DialRejection(code, e.getMessage()));
  }
}
