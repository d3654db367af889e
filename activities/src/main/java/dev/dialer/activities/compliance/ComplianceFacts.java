package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.Purpose;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine decides on, already loaded: the engine itself touches no database.
 *
 * @param purpose the purpose the rules apply for (never null: the caller picks the strictest when
 *     the request gave none)
 * @param hours the campaign's calling hours, null when the campaign sets none
 * @param stateRules the rules of the callee's state for this purpose
 * @param holidays the dates rules with {@code noHolidays} forbid
 * @param history past attempts to the callee; attempts after {@code at} count as well
 */
public record ComplianceFacts(
    Instant at,
    CalleeLocation location,
    Purpose purpose,
    CallingHours hours,
    List<StateRule> stateRules,
    Set<LocalDate> holidays,
    List<DncHit> dnc,
    List<Attempt> history,
    String campaignId,
    String subject,
    Integer maxAttemptsPerDay) {

  public ComplianceFacts {
    stateRules = List.copyOf(stateRules);
    holidays = Set.copyOf(holidays);
    dnc = List.copyOf(dnc);
    history = List.copyOf(history);
  }
}
