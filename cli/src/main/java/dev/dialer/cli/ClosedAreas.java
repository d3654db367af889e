package dev.dialer.cli;

import dev.dialer.workflows.campaign.ContactState;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The area codes compliance held back during the campaign: those closed when it started, and those
 * whose calling window closed while it ran. Only the second need asking again, and only when some
 * of their contacts expired: the rest of the time this costs no request.
 */
final class ClosedAreas {

  private ClosedAreas() {}

  /**
   * @param check compliance's answer for a number now, or empty when the check is unavailable
   */
  static Set<AreaCode> find(
      CallPlan plan,
      List<DemoContact> contacts,
      List<ContactView> views,
      Function<String, Optional<ComplianceAnswer>> check) {
    Set<AreaCode> closed = new HashSet<>();
    for (AreaCode area : plan.areas()) {
      if (plan.mayBeClosed(area)) {
        closed.add(area);
      }
    }
    Set<String> expired =
        new HashSet<>(
            views.stream()
                .filter(view -> ContactState.EXPIRED.name().equals(view.state()))
                .map(ContactView::phone)
                .toList());
    contacts.stream()
        .filter(contact -> expired.contains(contact.phone()))
        .map(DemoContact::area)
        .distinct()
        .filter(area -> !closed.contains(area))
        .filter(area -> closedNow(area, check))
        .forEach(closed::add);
    return closed;
  }

  /** Only a clear "not now" counts: a check that cannot answer proves nothing. */
  private static boolean closedNow(
      AreaCode area, Function<String, Optional<ComplianceAnswer>> check) {
    return check
        .apply(area.number(CallPlan.PROBE_LINE))
        .map(answer -> !answer.callableNow())
        .orElse(false);
  }
}
