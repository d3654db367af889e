package dev.dialer.activities.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * At most {@code max} of the counted attempts in any rolling {@code window}. Attempts after the
 * asked instant count too, so the count never grows as time passes: that keeps the search for the
 * next allowed instant a simple forward scan. A rolling window is never looser than the calendar
 * days the rules speak of, since it covers them.
 *
 * @param counted the attempts this cap counts, newest first
 */
record FrequencyCap(String rule, String source, int max, Duration window, List<Attempt> counted) {

  FrequencyCap {
    counted = counted.stream().sorted(Comparator.comparing(Attempt::at).reversed()).toList();
  }

  long count(Instant t) {
    Instant from = t.minus(window);
    return counted.stream().filter(a -> a.at().isAfter(from)).count();
  }

  /** The earliest instant at or after {@code t} when the cap is not reached, to the minute. */
  Instant earliest(Instant t) {
    if (count(t) < max) {
      return t;
    }
    // Allowed once the max-th newest attempt has left the window.
    Instant release = counted.get(max - 1).at().plus(window);
    Instant minute = release.truncatedTo(ChronoUnit.MINUTES);
    Instant ceiled = minute.equals(release) ? minute : minute.plus(Duration.ofMinutes(1));
    return ceiled.isBefore(t) ? t : ceiled;
  }
}
