package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.ContactState;
import dev.dialer.workflows.campaign.Pacing;
import java.time.Instant;

/**
 * A running campaign's estimated end: the contacts still waiting (PENDING and RETRY), dialed at the
 * campaign's pace, but never before the soonest of them may be dialed. The pace is the calls per
 * second, or, once calls have ended, what the concurrency allows at the average call's length when
 * that is slower. Retries that the waiting contacts' calls will cause, and compliance windows
 * beyond the next one, are not foreseen: the estimate moves as the campaign learns.
 */
final class Eta {

  private Eta() {}

  static Instant estimate(CampaignNumbers numbers, Pacing pacing) {
    long waiting = numbers.state(ContactState.PENDING) + numbers.state(ContactState.RETRY);
    double perSecond = pacing.callsPerSecond();
    Double average = numbers.averageCallSeconds();
    if (average != null && average > 0) {
      perSecond = Math.min(perSecond, pacing.maxConcurrentCalls() / average);
    }
    double seconds = waiting / perSecond;
    if (numbers.state(ContactState.DIALING) > 0 && average != null) {
      seconds += average;
    }
    Instant eta = numbers.now().plusMillis(Math.round(seconds * 1000));
    Instant next = numbers.nextEligibleAt();
    return next != null && next.isAfter(eta) ? next : eta;
  }
}
