package dev.dialer.api.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which numbers the demo calls: spread over the area codes compliance says are callable now, or,
 * when none is or compliance cannot be asked, over the whole pool, whose calls then end deferred to
 * their calling window. It only chooses where to call; it never bends a rule.
 */
record CallPlan(List<DemoCall> calls, List<AreaCode> callableNow, boolean checked) {

  /** One request per area code, at most this many. */
  static final int MAX_CHECKS = 12;

  /**
   * @param check compliance's answer for a number, or empty when the check is unavailable
   */
  static CallPlan choose(Function<String, Optional<ComplianceAnswer>> check) {
    List<AreaCode> callable = new ArrayList<>();
    for (AreaCode area : AreaCode.POOL.subList(0, Math.min(MAX_CHECKS, AreaCode.POOL.size()))) {
      Optional<ComplianceAnswer> answer = check.apply(area.number(DemoCall.LINES.get(0)));
      if (answer.isEmpty()) {
        return new CallPlan(defaultSpread(), List.of(), false);
      }
      if (answer.get().callableNow()) {
        callable.add(area);
      }
    }
    return new CallPlan(
        callable.isEmpty() ? defaultSpread() : DemoCall.spread(callable), callable, true);
  }

  private static List<DemoCall> defaultSpread() {
    return DemoCall.spread(AreaCode.POOL);
  }

  /** One line for the start of the demo: where it calls and why there. */
  String describe() {
    if (!checked) {
      return "The compliance check is unavailable; calling across all zones, so calls outside"
          + " their window end deferred.";
    }
    if (callableNow.isEmpty()) {
      return "No demo area code is inside its calling window now; the calls will end deferred.";
    }
    return "Callable now: area codes "
        + String.join(", ", callableNow.stream().map(AreaCode::code).toList())
        + ".";
  }
}
