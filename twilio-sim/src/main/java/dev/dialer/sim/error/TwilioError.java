package dev.dialer.sim.error;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Twilio's REST error body, e.g. {@code {"code":21211,"message":"…","more_info":"…","status":400}}.
 */
public record TwilioError(
    int code, String message, @JsonProperty("more_info") String moreInfo, int status) {

  public static TwilioError of(int code, String message, int status) {
    return new TwilioError(code, message, "https://www.twilio.com/docs/errors/" + code, status);
  }
}
