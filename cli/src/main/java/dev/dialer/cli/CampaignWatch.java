package dev.dialer.cli;

import java.time.Duration;

/** Follows a running campaign with a progress bar until it is over or the demo gives up on it. */
final class CampaignWatch {

  private final CampaignApi api;
  private final String id;
  private final int contacts;
  private final ProgressPrinter printer;
  private final Duration interval;
  private final long startedNanos = System.nanoTime();
  private CampaignView last;
  private double peakCps;
  private Duration elapsed = Duration.ZERO;

  CampaignWatch(
      CampaignApi api, String id, int contacts, ProgressPrinter printer, Duration interval) {
    this.api = api;
    this.id = id;
    this.contacts = contacts;
    this.printer = printer;
    this.interval = interval;
  }

  /**
   * Polls the campaign every interval until it is COMPLETED or CANCELED, or {@code limit} has
   * passed since the watch began.
   *
   * @return true when the campaign is over
   */
  boolean follow(Duration limit) {
    try {
      while (true) {
        last = api.get(id);
        elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        peakCps = Math.max(peakCps, last.currentCpsOrZero());
        printer.show(ProgressBar.of(last, contacts, elapsed).line());
        if (last.over()) {
          return true;
        }
        if (elapsed.compareTo(limit) >= 0) {
          return false;
        }
        sleep();
      }
    } finally {
      printer.finish();
    }
  }

  /** The campaign as last polled. */
  CampaignView last() {
    return last;
  }

  /** The highest dial rate the api reported while the demo watched. */
  double peakCps() {
    return peakCps;
  }

  /** From the watch's start to the last poll. */
  Duration elapsed() {
    return elapsed;
  }

  private void sleep() {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DialerApiException("Interrupted while following the campaign.");
    }
  }
}
