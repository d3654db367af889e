package dev.dialer.activities.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * At most {@code max} of the counted attempts in any rolling {@code window}; {@code max = 0} means
 * never. Attempts after the asked instant count too, so the count never grows as time passes: that
 * keeps the search for the next allowed instant a simple forward scan. A rolling window is never
 * looser than the calendar days the rules speak of, since it covers them.
 *
 * @param counted the attempts this cap counts, newest first
 * @param zone with {@code from}/{@code until}: the cap holds only on local dates in {@code [from,
 *     until)} of this zone, the days its state rule row is in force; null for always
 * @param until null for no end
 */
record FrequencyCap(
    String rule,
    String source,
    int max,
    Duration window,
    List<Attempt> counted,
    ZoneId zone,
    LocalDate from,
    LocalDate until) {

  FrequencyCap {
    counted = counted.stream().sorted(Comparator.comparing(Attempt::at).reversed()).toList();
  }

  FrequencyCap(String rule, String source, int max, Duration window, List<Attempt> counted) {
    this(rule, source, max, window, counted, null, null, null);
  }

  boolean inForce(Instant t) {
    if (zone == null) {
      return true;
    }
    LocalDate day = t.atZone(zone).toLocalDate();
    return !day.isBefore(from) && (until == null || day.isBefore(until));
  }

  long count(Instant t) {
    Instant from = t.minus(window);
    return counted.stream().filter(a -> a.at().isAfter(from)).count();
  }

  boolean reached(Instant t) {
    return inForce(t) && count(t) >= max;
  }

  /**
   * The earliest instant at or after {@code t} when the cap is not reached, to the minute; null
   * when that never comes.
   */
  Instant earliest(Instant t) {
    if (!reached(t)) {
      return t;
    }
    Instant ends = zone == null || until == null ? null : until.atStartOfDay(zone).toInstant();
    if (max == 0) {
      return ends;
    }
    // Allowed once the max-th newest attempt has left the window.
    Instant release = counted.get(max - 1).at().plus(window);
    Instant minute = release.truncatedTo(ChronoUnit.MINUTES);
    Instant ceiled = minute.equals(release) ? minute : minute.plus(Duration.ofMinutes(1));
    Instant earliest = ends != null && ends.isBefore(ceiled) ? ends : ceiled;
    return earliest.isBefore(t) ? t : earliest;
  }
}
