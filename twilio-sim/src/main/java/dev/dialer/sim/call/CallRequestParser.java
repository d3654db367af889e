package dev.dialer.sim.call;

import dev.dialer.sim.callback.CallbackEvent;
import dev.dialer.sim.error.TwilioApiException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Validates a create request the way Twilio does and in the same order. */
final class CallRequestParser {

  private static final Logger log = LoggerFactory.getLogger(CallRequestParser.class);
  private static final int DEFAULT_TIMEOUT_SECONDS = 60;
  private static final int MAX_TIMEOUT_SECONDS = 600;
  private static final int INVALID_CALLBACK_URL = 21609;

  private CallRequestParser() {}

  static CallRequest parse(FormParams form) {
    String to = form.get("To");
    if (to == null) {
      throw TwilioApiException.badRequest(21201, "No 'To' number is specified");
    }
    if (!PhoneNumbers.isE164(to)) {
      throw TwilioApiException.badRequest(
          21211, "The 'To' number " + to + " is not a valid phone number.");
    }
    String from = form.get("From");
    if (from == null) {
      throw TwilioApiException.badRequest(21213, "No 'From' number is specified");
    }
    if (!PhoneNumbers.isE164(from)) {
      throw TwilioApiException.badRequest(
          21212,
          "The 'From' number "
              + from
              + " is not a valid phone number, shortcode, or alphanumeric sender ID.");
    }
    String url = form.url("Url", 21205);
    String twiml = form.get("Twiml");
    // Twilio needs one of the three; an application's own voice URL is not modeled, so such a
    // call gets empty TwiML and hangs up once answered.
    if (url == null && twiml == null && form.get("ApplicationSid") == null) {
      throw TwilioApiException.badRequest(21205, "Url parameter is required.");
    }
    String machineDetection = form.get("MachineDetection");
    return new CallRequest(
        to,
        from,
        url,
        form.method("Method"),
        url == null ? twiml : null,
        form.url("StatusCallback", INVALID_CALLBACK_URL),
        form.method("StatusCallbackMethod"),
        events(form),
        machineDetection == null ? null : machineDetection(machineDetection),
        "true".equalsIgnoreCase(form.get("AsyncAmd")),
        form.url("AsyncAmdStatusCallback", INVALID_CALLBACK_URL),
        form.method("AsyncAmdStatusCallbackMethod"),
        timeout(form.get("Timeout")));
  }

  /**
   * One field per event; values that are not events are dropped with a warning, as Twilio accepts
   * the call and only logs warning 21626.
   */
  private static Set<CallbackEvent> events(FormParams form) {
    Set<CallbackEvent> events = EnumSet.noneOf(CallbackEvent.class);
    for (String field : form.all("StatusCallbackEvent")) {
      for (String value : field.trim().split("\\s+")) {
        Optional<CallbackEvent> event = CallbackEvent.fromWire(value);
        event.ifPresentOrElse(
            events::add, () -> log.warn("Ignoring StatusCallbackEvent '{}' (21626)", value));
      }
    }
    return events.isEmpty() ? EnumSet.of(CallbackEvent.COMPLETED) : events;
  }

  private static MachineDetection machineDetection(String value) {
    return MachineDetection.fromWire(value)
        .orElseThrow(
            () ->
                TwilioApiException.invalidParameter(
                    "MachineDetection must be Enable or DetectMessageEnd, not " + value));
  }

  private static Duration timeout(String value) {
    if (value == null) {
      return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    }
    try {
      int seconds = Integer.parseInt(value);
      if (seconds < 1) {
        throw TwilioApiException.invalidParameter(
            "Timeout must be at least 1 second, not " + value);
      }
      return Duration.ofSeconds(Math.min(seconds, MAX_TIMEOUT_SECONDS));
    } catch (NumberFormatException notAnInteger) {
      throw TwilioApiException.invalidParameter("Timeout must be an integer, not " + value);
    }
  }
}
