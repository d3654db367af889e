package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.Purpose;
import java.time.Instant;
import java.util.List;

/**
 * Everything the engine decides on, already loaded: the engine itself touches no database.
 *
 * @param purpose the purpose the rules apply for (never null: the caller picks the strictest when
 *     the request gave none)
 * @param hours the campaign's calling hours, null when the campaign sets none
 * @param stateRules every row, of every effective date, of the callee's candidate states for this
 *     purpose; each local day reads the row in force on it
 * @param holidays federal and state holidays over the search, for the rules that ban them
 * @param history past attempts to the callee; attempts after {@code at} count as well
 */
public record ComplianceFacts(
    Instant at,
    CalleeLocation location,
    Purpose purpose,
    CallingHours hours,
    List<StateRule> stateRules,
    HolidayCalendar holidays,
    List<DncHit> dnc,
    List<Attempt> history,
    String campaignId,
    String subject,
    Integer maxAttemptsPerDay) {

  public ComplianceFacts {
    stateRules = List.copyOf(stateRules);
    dnc = List.copyOf(dnc);
    history = List.copyOf(history);
  }
}
