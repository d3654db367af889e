package dev.dialer.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the demo calls: the area codes compliance says are callable now, or, when none is or
 * compliance cannot be asked, the whole pool, whose contacts then wait for their calling window
 * until the campaign ends. It only chooses where to call; it never bends a rule.
 */
record CallPlan(List<AreaCode> callableNow, boolean checked) {

  /** One request per area code, at most this many. */
  static final int MAX_CHECKS = 12;

  /** The number asked about for each area code; the window is the area code's, not the line's. */
  static final String PROBE_LINE = "0100";

  /**
   * @param check compliance's answer for a number, or empty when the check is unavailable
   */
  static CallPlan choose(Function<String, Optional<ComplianceAnswer>> check) {
    List<AreaCode> callable = new ArrayList<>();
    for (AreaCode area : AreaCode.POOL.subList(0, Math.min(MAX_CHECKS, AreaCode.POOL.size()))) {
      Optional<ComplianceAnswer> answer = check.apply(area.number(PROBE_LINE));
      if (answer.isEmpty()) {
        return new CallPlan(List.of(), false);
      }
      if (answer.get().callableNow()) {
        callable.add(area);
      }
    }
    return new CallPlan(List.copyOf(callable), true);
  }

  /** The area codes the contacts are spread over. */
  List<AreaCode> areas() {
    return callableNow.isEmpty() ? AreaCode.POOL : callableNow;
  }

  /**
   * Compliance said this area code is outside its calling window now, or could not be asked: then
   * nothing says it is open.
   */
  boolean mayBeClosed(AreaCode area) {
    return !checked || !callableNow.contains(area);
  }

  /** One line for the start of the demo: where it calls and why there. */
  String describe() {
    if (!checked) {
      return "The compliance check is unavailable; calling across all zones, so contacts outside"
          + " their calling window wait for it and end EXPIRED.";
    }
    if (callableNow.isEmpty()) {
      return "No demo area code is inside its calling window now: the campaign runs anyway, and"
          + " compliance defers its contacts until it ends, so they end EXPIRED, not dialed.";
    }
    List<String> zones =
        callableNow.stream().map(AreaCode::zone).map(ZoneId::getId).distinct().toList();
    return "Callable now: area codes "
        + String.join(", ", callableNow.stream().map(AreaCode::code).toList())
        + " (in "
        + String.join(", ", zones)
        + ").";
  }
}
