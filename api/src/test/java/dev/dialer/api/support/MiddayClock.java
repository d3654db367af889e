package dev.dialer.api.support;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * For tests on the embedded Temporal (its own clock, not the in-process test server's fixed one):
 * how far to run the workflows' clock ahead so that it is 13:00 in New York, 10:00 to 13:00 in
 * every continental zone, whatever the hour of the run. A contact's given zone cannot do this: it
 * only adds a candidate to the number's own zone.
 */
public final class MiddayClock {

  private MiddayClock() {}

  /** From now to the next 13:00 in New York. */
  public static Duration ahead() {
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("America/New_York"));
    ZonedDateTime midday = now.with(LocalTime.of(13, 0));
    return Duration.between(now, midday.isAfter(now) ? midday : midday.plusDays(1));
  }
}
