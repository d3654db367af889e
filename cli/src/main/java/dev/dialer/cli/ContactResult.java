package dev.dialer.cli;

import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.campaign.ContactState;
import java.util.Set;

/**
 * How one demo contact ended, judged against the sim's script and the campaign's retry rules.
 *
 * @param view what the api says of the contact; null when its contact list does not have it
 * @param windowClosed compliance held the contact's area code back when the campaign started or
 *     when it ended (or could not be asked, so nothing says otherwise)
 */
record ContactResult(DemoContact contact, ContactView view, boolean windowClosed) {

  private static final Set<String> DEFERRALS =
      Set.of(Disposition.DEFERRED_WINDOW.name(), Disposition.CAPPED.name());

  /** Ended as the sim scripts it and the campaign retries it, or rightly not dialed. */
  boolean ok() {
    return notDialed() || asScripted();
  }

  /**
   * Held back by compliance until the campaign ended, or never to be dialed (do-not-call). A
   * contact that expired in a zone that was open all along was left undialed by the campaign, not
   * by compliance; one whose zone closed may have had some of its tries, each as scripted.
   */
  boolean notDialed() {
    if (view == null) {
      return false;
    }
    if (is(ContactState.BLOCKED)) {
      // Blocked after the callee opted out on the call: dialed, and closed for that reason.
      return !"OPTED_OUT".equals(view.lastDisposition());
    }
    String last = view.lastDisposition();
    return is(ContactState.EXPIRED)
        && ((last != null && DEFERRALS.contains(last))
            || (windowClosed && (last == null || last.equals(contact.expected().name()))));
  }

  private boolean asScripted() {
    Disposition expected = contact.expected();
    if (view == null || !expected.name().equals(view.lastDisposition())) {
      return false;
    }
    if (asksForACallback()) {
      // The attempt is given back and the contact waits for the time the callee named, tomorrow:
      // past the demo's end, so it expires unless the campaign still runs.
      return (is(ContactState.EXPIRED) || is(ContactState.RETRY)) && view.attemptsOrZero() == 0;
    }
    return is(DemoCampaign.expectedState(expected))
        && view.attemptsOrZero() == DemoCampaign.expectedAttempts(expected);
  }

  /** The sim's persona 1 (second-to-last digit) asks a person's call to be called back. */
  private boolean asksForACallback() {
    String phone = contact.phone();
    return contact.expected() == Disposition.COMPLETED && phone.charAt(phone.length() - 2) == '1';
  }

  private boolean is(ContactState state) {
    return state.name().equals(view.state());
  }

  /** What was wrong, for the closing list, e.g. {@code +17875550177: expected BUSY, …}. */
  String why() {
    Disposition expected = contact.expected();
    String wanted =
        asksForACallback()
            ? expected + ", EXPIRED or RETRY after 0 attempts (a callback requested for tomorrow)"
            : expected
                + ", "
                + DemoCampaign.expectedState(expected)
                + " after "
                + attempts(DemoCampaign.expectedAttempts(expected));
    if (view == null) {
      return contact.phone() + ": expected " + wanted + "; missing from the campaign's contacts";
    }
    String got =
        (view.lastDisposition() == null ? "no disposition" : view.lastDisposition())
            + ", "
            + view.state()
            + " after "
            + attempts(view.attemptsOrZero());
    String note = view.note() == null || view.note().isBlank() ? "" : " (" + view.note() + ")";
    return contact.phone() + ": expected " + wanted + "; got " + got + note;
  }

  private static String attempts(int count) {
    return count + (count == 1 ? " attempt" : " attempts");
  }
}
