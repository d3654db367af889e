package dev.dialer.api.twilio;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Reads Twilio's webhook values, which are all strings and some of them optional. */
final class TwilioParams {

  private TwilioParams() {}

  /** Twilio's Timestamp is RFC 2822, e.g. "Tue, 14 Apr 2026 09:30:00 +0000". */
  static Optional<Instant> timestamp(Map<String, String> params) {
    String value = params.get("Timestamp");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<Long> sequenceNumber(Map<String, String> params) {
    return integer(params, "SequenceNumber").map(Integer::longValue);
  }

  static Optional<Integer> integer(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.valueOf(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
