package dev.dialer.activities.telephony;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A fixed-offset zone where it is now between 12:00 and 13:00: every calling window is open. */
final class NoonZone {

  private NoonZone() {}

  static ZoneId now() {
    int utcHour = Instant.now().atOffset(ZoneOffset.UTC).getHour();
    int offset = 12 - utcHour;
    if (offset < -12) {
      offset += 24;
    }
    // Etc/GMT names are inverted: Etc/GMT-3 is three hours ahead of UTC.
    return ZoneId.of(
        offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + -offset));
  }
}
