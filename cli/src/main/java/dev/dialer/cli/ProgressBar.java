package dev.dialer.cli;

import java.time.Duration;
import java.util.Locale;

/**
 * The campaign's progress as one line, e.g. {@code [██████████░░░░░░░░░░] 112/200 contacts done ·
 * 23 in flight · 19.6 calls/s · 187 calls · 0:14}.
 */
record ProgressBar(int done, int total, int inFlight, double cps, long calls, Duration elapsed) {

  static final int WIDTH = 20;

  static ProgressBar of(CampaignView view, int total, Duration elapsed) {
    return new ProgressBar(
        view.finishedContacts(),
        total,
        view.callsInFlightOrZero(),
        view.currentCpsOrZero(),
        view.attemptsOrZero(),
        elapsed);
  }

  String line() {
    // Full only when every contact is done, never by rounding up.
    int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, (long) done * WIDTH / total);
    return "["
        + "█".repeat(filled)
        + "░".repeat(WIDTH - filled)
        + "] "
        + String.format(
            Locale.ROOT,
            "%d/%d contacts done · %d in flight · %.1f calls/s · %d calls · %s",
            done,
            total,
            inFlight,
            cps,
            calls,
            clock(elapsed));
  }

  /** {@code 0:14}, {@code 12:05}: minutes and seconds, as a stopwatch shows them. */
  static String clock(Duration elapsed) {
    return elapsed.toMinutes() + ":" + String.format(Locale.ROOT, "%02d", elapsed.toSecondsPart());
  }
}
