package dev.dialer.activities.campaign;

import dev.dialer.workflows.campaign.Schedule;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/** How the hopper reads a compliance decision and the campaign's end for a waiting contact. */
final class HopperRules {

  /** When compliance names no time at which it would allow the call, it is asked again then. */
  static final Duration RECHECK = Duration.ofHours(1);

  private HopperRules() {}

  /** The blocking rules in words, as the call's own check words them. */
  static String why(ComplianceDecision decision) {
    return decision.reasons().stream()
        .filter(Reason::blocking)
        .map(reason -> reason.rule() + ": " + reason.detail())
        .collect(Collectors.joining("; "));
  }

  /** When a contact compliance deferred at {@code from} is tried next: never sooner than that. */
  static Instant nextTry(ComplianceDecision decision, Instant from) {
    Instant next = decision.nextAllowedAt();
    return next != null && next.isAfter(from) ? next : from.plus(RECHECK);
  }

  /** Whether {@code t} is at or after the campaign's end, when nothing more is dialed. */
  static boolean pastEnd(Schedule schedule, Instant t) {
    return schedule != null && schedule.endAt() != null && !t.isBefore(schedule.endAt());
  }

  static String expired(Schedule schedule, Instant next, String why) {
    return "the campaign ends at "
        + schedule.endAt()
        + ", before the contact may be dialed again at "
        + next
        + (why == null || why.isBlank() ? "" : " (" + why + ")");
  }
}
