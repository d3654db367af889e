package dev.dialer.cli;

import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.ContactState;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The campaign the demo runs, and so how each of its contacts must end: the sim's outcomes that the
 * campaign retries use all their attempts, the others end after one.
 */
final class DemoCampaign {

  static final int MAX_ATTEMPTS = 3;

  /** Short, so that every retry of the demo happens within a minute. */
  static final Duration RETRY_DELAY = Duration.ofSeconds(5);

  static final Set<Disposition> RETRIED =
      Set.of(Disposition.NO_ANSWER, Disposition.BUSY, Disposition.FAILED);

  static final int MAX_CONCURRENT_CALLS = 60;

  private DemoCampaign() {}

  static CampaignRequest request(List<DemoContact> contacts, Instant endAt, double cps) {
    Map<String, String> delays = new TreeMap<>();
    RETRIED.forEach(disposition -> delays.put(disposition.name(), RETRY_DELAY.toString()));
    return new CampaignRequest(
        "dialer demo " + Instant.now().truncatedTo(ChronoUnit.SECONDS),
        CampaignPurpose.APPOINTMENT_CONFIRMATION.name(),
        new CampaignRequest.Agent(
            "You confirm tomorrow's appointment with the callee. This is the dialer's demo:"
                + " the calls go to twilio-sim, no real person answers.",
            "Hello, this is the dialer demo calling to confirm your appointment tomorrow."),
        new CampaignRequest.Schedule(endAt.toString()),
        new CampaignRequest.Pacing(cps, MAX_CONCURRENT_CALLS),
        new CampaignRequest.Retry(MAX_ATTEMPTS, delays),
        contacts.stream()
            .map(
                contact ->
                    new CampaignRequest.Contact(
                        contact.phone(),
                        contact.name(),
                        // In the report, next to what happened: what the sim was told to do.
                        Map.of("expected", contact.expected().name())))
            .toList(),
        true);
  }

  static ContactState expectedState(Disposition expected) {
    if (expected == Disposition.OPTED_OUT) {
      return ContactState.BLOCKED;
    }
    return RETRIED.contains(expected) ? ContactState.EXHAUSTED : ContactState.DONE;
  }

  static int expectedAttempts(Disposition expected) {
    return RETRIED.contains(expected) ? MAX_ATTEMPTS : 1;
  }

  /** One line on what was created: how many, where, how fast, until when. */
  static String describe(String id, int contacts, int areaCodes, double cps, Instant endAt) {
    return "Campaign "
        + id
        + ": "
        + contacts
        + " contacts in "
        + areaCodes
        + (areaCodes == 1 ? " area code, " : " area codes, ")
        + formatCps(cps)
        + " calls/s, at most "
        + MAX_CONCURRENT_CALLS
        + " at once; NO_ANSWER, BUSY and FAILED are dialed up to "
        + MAX_ATTEMPTS
        + " times, "
        + RETRY_DELAY.toSeconds()
        + " s apart; it ends by "
        + endAt.truncatedTo(ChronoUnit.SECONDS)
        + ".";
  }

  /** {@code 20} or {@code 2.5}: calls per second as people write them. */
  static String formatCps(double cps) {
    return cps == Math.rint(cps)
        ? String.valueOf((long) cps)
        : String.format(Locale.ROOT, "%.1f", cps);
  }
}
