package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.Reason;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the callee may be: everything the number, the ZIP and the given fields say, together.
 *
 * @param zones every candidate zone; a call must be allowed in all of them
 * @param states every candidate US state (two-letter); the rules of each apply
 * @param stateUnknown the number itself names no state, so that under the strictest reading the
 *     callee may be in any state and every state's rules apply
 * @param sources one reason per source that was read, saying what it contributed
 */
public record CalleeLocation(
    List<ZoneId> zones, Set<String> states, boolean stateUnknown, List<Reason> sources) {

  public CalleeLocation {
    zones = List.copyOf(zones);
    states = Collections.unmodifiableSortedSet(new TreeSet<>(states));
    sources = List.copyOf(sources);
  }
}
