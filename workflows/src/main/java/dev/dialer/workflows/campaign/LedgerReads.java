package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;

/**
 * Reads call ends from the call ledger while calls are in flight: every {@link #READ_EVERY} while
 * ends come, less often while none do, and at once after a full page or a call's signal. Before,
 * every call signalled its end: at tens of ends a second a signal came during almost every workflow
 * task, and the server refused each task that would continue the run as new (UnhandledCommand), so
 * a run replayed and grew until one got through. Read here, ends come only as answers to the
 * campaign's own activities.
 */
final class LedgerReads {

  /** How long a call's end may wait in the ledger while ends keep coming. */
  static final Duration READ_EVERY = Duration.ofSeconds(1);

  /**
   * The longest wait between reads: each read that finds nothing doubles the wait up to this, so a
   * few long calls cost a few reads a minute instead of one a second.
   */
  static final Duration READ_AT_MOST_EVERY = Duration.ofSeconds(30);

  /** Ends per read; a full page means more are waiting, so the loop reads again at once. */
  static final int ENDS_PER_READ = PayloadParts.ENDS_PER_PART;

  private final String campaignId;
  private final CampaignActivities hopper;
  private long lastReadAtMillis;
  private long intervalMillis = READ_EVERY.toMillis();

  /** Set by a full page or a call's signal: read on the next pass, not a second later. */
  private boolean readAgain = true;

  LedgerReads(String campaignId, CampaignActivities hopper) {
    this.campaignId = campaignId;
    this.hopper = hopper;
  }

  /**
   * The ends waiting in the ledger.
   *
   * @return the ends, by callId; as many as {@link #ENDS_PER_READ} when more may wait
   */
  List<CallEnded> read() {
    lastReadAtMillis = Workflow.currentTimeMillis();
    readAgain = false;
    List<CallEnded> ends =
        hopper.ledgerEnds(new LedgerEndsRequest(campaignId, ENDS_PER_READ)).ended();
    intervalMillis =
        ends.isEmpty()
            ? Math.min(2 * intervalMillis, READ_AT_MOST_EVERY.toMillis())
            : READ_EVERY.toMillis();
    return ends;
  }

  static boolean full(List<CallEnded> ends) {
    return ends.size() >= ENDS_PER_READ;
  }

  void readAgain() {
    readAgain = true;
  }

  /**
   * Claims come every second too, each a pass of its own: a read due within half a second is made
   * on the claim's pass, so that the two do not wake the loop twice a second.
   */
  boolean due(long nowMillis) {
    return readAgain || nowMillis >= dueAtMillis() - READ_EVERY.toMillis() / 2;
  }

  long dueAtMillis() {
    return lastReadAtMillis + intervalMillis;
  }
}
