package dev.dialer.activities.telephony;

import com.twilio.exception.ApiException;
import dev.dialer.workflows.call.DialRejection;
import dev.dialer.workflows.call.TelephonyActivities;
import io.temporal.failure.ApplicationFailure;

/** Sorts Twilio's errors into "try again" and "never" for Temporal's retry policy. */
final class TwilioErrors {

  private TwilioErrors() {}

  /**
   * A 4xx other than 429 means Twilio looked at the request and refused it (invalid number, caller
   * ID not verified, bad credentials): repeating it cannot succeed. Anything else may pass later.
   */
  static boolean permanent(ApiException e) {
    Integer status = e.getStatusCode();
    return status != null && status >= 400 && status < 500 && status != 429;
  }

  static RuntimeException forDial(ApiException e) {
    if (!permanent(e)) {
      return e;
    }
    int code = e.getCode() == null ? 0 : e.getCode();
    return ApplicationFailure.newNonRetryableFailure(
        "Twilio refused the call: " + code + " " + e.getMessage(),
        TelephonyActivities.DIAL_REJECTED,
        new DialRejection(code, e.getMessage()));
  }
}
