package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.Purpose;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Facts for the engine without a database: the number is located the way the activity does. */
final class Cases {

  static final CalleeLocator LOCATOR = new CalleeLocator();
  static final ComplianceEngine ENGINE = new ComplianceEngine();

  static final StateRule FLORIDA =
      new StateRule(
          "FL",
          Purpose.TELEMARKETING,
          LocalTime.of(8, 0),
          LocalTime.of(20, 0),
          null,
          null,
          null,
          null,
          false,
          false,
          3,
          24,
          "Fla. Stat. 501.059(8)");

  static final StateRule TEXAS =
      new StateRule(
          "TX",
          Purpose.TELEMARKETING,
          LocalTime.of(9, 0),
          LocalTime.of(21, 0),
          null,
          null,
          LocalTime.of(12, 0),
          LocalTime.of(21, 0),
          false,
          false,
          null,
          null,
          "Tex. Bus. & Com. Code 301.051");

  static final StateRule RHODE_ISLAND =
      new StateRule(
          "RI",
          Purpose.TELEMARKETING,
          LocalTime.of(9, 0),
          LocalTime.of(18, 0),
          LocalTime.of(10, 0),
          LocalTime.of(17, 0),
          null,
          null,
          true,
          true,
          null,
          null,
          "R.I. Gen. Laws 5-61-3.6");

  private Cases() {}

  static ComplianceFacts lawOnly(String phone, Instant at) {
    return facts(phone, at, Purpose.INFORMATIONAL, null, List.of(), List.of(), List.of());
  }

  static ComplianceFacts facts(
      String phone,
      Instant at,
      Purpose purpose,
      CallingHours hours,
      List<StateRule> rules,
      List<DncHit> dnc,
      List<Attempt> history) {
    return new ComplianceFacts(
        at,
        LOCATOR.locate(phone, null, null, null),
        purpose,
        hours,
        rules,
        HolidayCalendar.of(Set.of()),
        dnc,
        history,
        null,
        null,
        null);
  }
}
