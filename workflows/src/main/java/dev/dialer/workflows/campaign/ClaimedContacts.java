package dev.dialer.workflows.campaign;

import java.time.Instant;
import java.util.List;

/**
 * @param nextEligibleAt the earliest next-eligible time among contacts waiting (PENDING or RETRY)
 *     after this claim; null when none waits
 * @param open contacts not yet terminal, the claimed and those in flight included
 */
public record ClaimedContacts(List<ClaimedContact> contacts, Instant nextEligibleAt, long open) {

  public ClaimedContacts {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}
