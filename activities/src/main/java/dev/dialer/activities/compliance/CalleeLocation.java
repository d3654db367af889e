package dev.dialer.activities.compliance;

import java.time.ZoneId;
import java.util.List;

/**
 * Where the callee may be.
 *
 * @param zones every candidate zone; a call must be allowed in all of them
 * @param state two-letter US state when known, else null
 * @param rule how the zones were found, e.g. {@code ZONE_FROM_NUMBER}
 * @param detail the same in words
 */
public record CalleeLocation(List<ZoneId> zones, String state, String rule, String detail) {

  public CalleeLocation {
    zones = List.copyOf(zones);
  }
}
