package dev.dialer.sim.error;

/** A request Twilio would refuse; rendered as Twilio's error JSON with the given HTTP status. */
public class TwilioApiException extends RuntimeException {

  private final transient TwilioError error;

  public TwilioApiException(int httpStatus, int code, String message) {
    super(message);
    this.error = TwilioError.of(code, message, httpStatus);
  }

  public TwilioError error() {
    return error;
  }

  public static TwilioApiException badRequest(int code, String message) {
    return new TwilioApiException(400, code, message);
  }

  /** Twilio's generic code for a parameter value it cannot use. */
  public static TwilioApiException invalidParameter(String message) {
    return badRequest(20001, message);
  }

  public static TwilioApiException unauthorized() {
    return new TwilioApiException(401, 20003, "Authenticate");
  }

  public static TwilioApiException notFound(String resourcePath) {
    return new TwilioApiException(
        404, 20404, "The requested resource " + resourcePath + " was not found");
  }
}
