package dev.dialer.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An area code the demo may call, and the time zone its callees live in. The pool spans the US
 * zones from Puerto Rico to Guam, so that at any hour some are inside their calling window. No
 * Florida codes: Florida's three-calls-a-day cap would block a rerun of the demo within a day.
 * American Samoa (684) is left out because libphonenumber holds its 555-01xx numbers invalid.
 */
record AreaCode(String code, ZoneId zone) {

  /** Ordered so that the first dozen, the ones the demo asks compliance about, cover every zone. */
  static final List<AreaCode> POOL =
      List.of(
          of("212", "America/New_York"),
          of("312", "America/Chicago"),
          of("303", "America/Denver"),
          of("602", "America/Phoenix"),
          of("415", "America/Los_Angeles"),
          of("907", "America/Anchorage"),
          of("808", "Pacific/Honolulu"),
          of("787", "America/Puerto_Rico"),
          of("671", "Pacific/Guam"),
          of("670", "Pacific/Saipan"),
          of("617", "America/New_York"),
          of("214", "America/Chicago"),
          of("206", "America/Los_Angeles"),
          of("404", "America/New_York"),
          of("512", "America/Chicago"),
          of("702", "America/Los_Angeles"));

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE HH:mm zzz", Locale.US);

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm zzz", Locale.US);

  private static AreaCode of(String code, String zone) {
    return new AreaCode(code, ZoneId.of(zone));
  }

  /** The pool's area code of an E.164 {@code +1} number. */
  static AreaCode forNumber(String number) {
    return POOL.stream()
        .filter(area -> number.startsWith("+1" + area.code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Not a demo area code: " + number));
  }

  /** The fictional 555 number with this area code and {@code line}, e.g. {@code 0100}. */
  String number(String line) {
    return "+1" + code + "555" + line;
  }

  /** {@code instant} on the callee's clock, e.g. {@code Sun 08:00 HST}. */
  String localTime(Instant instant) {
    return LOCAL.format(instant.atZone(zone));
  }

  /** {@code instant}'s time of day on the callee's clock, e.g. {@code 08:00 HST}. */
  String clock(Instant instant) {
    return CLOCK.format(instant.atZone(zone));
  }
}
