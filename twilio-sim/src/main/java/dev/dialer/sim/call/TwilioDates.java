package dev.dialer.sim.call;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Twilio's wire formats for dates. */
public final class TwilioDates {

  /** RFC 2822 as Twilio writes it: {@code Tue, 31 Aug 2010 20:36:28 +0000}. */
  public static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
          .withZone(ZoneOffset.UTC);

  private TwilioDates() {}

  public static String rfc2822(Instant instant) {
    return instant == null ? null : RFC_2822.format(instant);
  }

  /**
   * A list-filter value: a date ({@code 2009-07-06}, UTC), or a date-time either without zone (UTC,
   * what twilio-java sends), ISO with offset, or RFC 2822.
   */
  static Optional<FilterValue> parseFilter(String value) {
    String trimmed = value.trim();
    try {
      if (trimmed.length() == 10) {
        return Optional.of(
            new FilterValue(
                LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant(), true));
      }
      if (Character.isDigit(trimmed.charAt(0))) {
        boolean zoned =
            trimmed.endsWith("Z") || trimmed.lastIndexOf('+') > 9 || trimmed.lastIndexOf('-') > 9;
        Instant instant =
            zoned
                ? OffsetDateTime.parse(trimmed).toInstant()
                : LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
        return Optional.of(new FilterValue(instant, false));
      }
      return Optional.of(new FilterValue(Instant.from(RFC_2822.parse(trimmed)), false));
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** A parsed filter value; {@code dateOnly} when it names a whole UTC day. */
  record FilterValue(Instant instant, boolean dateOnly) {}
}
