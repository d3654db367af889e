package dev.dialer.sim.call;

import dev.dialer.sim.error.TwilioApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * A list filter on one time field, from Twilio's {@code Name}, {@code Name>} and {@code Name<}
 * parameters (plus {@code >=} / {@code <=}, which a raw {@code Name>=2024-01-01} query also turns
 * into {@code Name>}). A date means the whole UTC day; {@code >} is "on or after", {@code <} is
 * "before", {@code <=} includes the named day or second.
 */
record TimeWindow(Instant from, Instant until) {

  private static final TimeWindow ANY = new TimeWindow(Instant.MIN, Instant.MAX);

  static TimeWindow parse(String name, MultiValueMap<String, String> params) {
    TimeWindow window = ANY;
    for (String value : values(params, name)) {
      Instant start = parseValue(name, value).instant().truncatedTo(ChronoUnit.DAYS);
      window = window.narrow(start, start.plus(Duration.ofDays(1)));
    }
    for (String suffix : List.of(">", ">=")) {
      for (String value : values(params, name + suffix)) {
        window = window.narrow(parseValue(name + suffix, value).instant(), Instant.MAX);
      }
    }
    for (String value : values(params, name + "<")) {
      window = window.narrow(Instant.MIN, parseValue(name + "<", value).instant());
    }
    for (String value : values(params, name + "<=")) {
      TwilioDates.FilterValue bound = parseValue(name + "<=", value);
      Duration step = bound.dateOnly() ? Duration.ofDays(1) : Duration.ofSeconds(1);
      window = window.narrow(Instant.MIN, bound.instant().plus(step));
    }
    return window;
  }

  boolean isUnbounded() {
    return equals(ANY);
  }

  boolean contains(Instant instant) {
    return isUnbounded() || (instant != null && !instant.isBefore(from) && instant.isBefore(until));
  }

  private TimeWindow narrow(Instant newFrom, Instant newUntil) {
    return new TimeWindow(
        newFrom.isAfter(from) ? newFrom : from, newUntil.isBefore(until) ? newUntil : until);
  }

  private static List<String> values(MultiValueMap<String, String> params, String name) {
    return params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
  }

  private static TwilioDates.FilterValue parseValue(String name, String value) {
    return TwilioDates.parseFilter(value)
        .orElseThrow(
            () ->
                TwilioApiException.invalidParameter(
                    name + " must be a date (YYYY-MM-DD) or a date-time, not " + value));
  }
}
