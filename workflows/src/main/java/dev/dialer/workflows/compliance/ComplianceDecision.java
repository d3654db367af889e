package dev.dialer.workflows.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The engine's answer, explained.
 *
 * @param allowed whether the call may be placed at the asked instant
 * @param blockedBy null when allowed; else which kind of rule blocked it (maps to a disposition)
 * @param reasons every rule that was applied, the blocking ones first
 * @param timeZones the callee's candidate zones; the call must be allowed in every one
 * @param localTimes the asked instant in each candidate zone
 * @param nextAllowedAt the earliest instant at or after the asked one (minute resolution) when the
 *     call would be allowed; the asked instant itself when allowed; null when never
 * @param warnings things an operator should fix that did not block this call (a stale registry)
 */
public record ComplianceDecision(
    boolean allowed,
    Block blockedBy,
    List<Reason> reasons,
    List<String> timeZones,
    Map<String, String> localTimes,
    Instant nextAllowedAt,
    List<String> warnings) {

  public ComplianceDecision {
    reasons = List.copyOf(reasons);
    timeZones = List.copyOf(timeZones);
    localTimes = Map.copyOf(localTimes);
    warnings = List.copyOf(warnings);
  }
}
