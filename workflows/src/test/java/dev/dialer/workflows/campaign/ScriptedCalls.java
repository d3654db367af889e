package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallRequest;
import dev.dialer.workflows.call.Disposition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the callees of a test campaign do, attempt by attempt, and what the test calls saw: when
 * each was dialed, by which campaign run, how it ended and whether it was asked to end.
 */
final class ScriptedCalls {

  /**
   * How one attempt goes: its disposition after {@code duration}.
   *
   * @param reports false for a call whose end signal is lost: only the ledger knows its end
   */
  record Outcome(Disposition disposition, Duration duration, boolean reports) {}

  record Dial(
      String callId,
      long contactId,
      int attempt,
      long atMillis,
      String campaignRunId,
      CallRequest request) {}

  record End(
      String callId, long contactId, Disposition disposition, long atMillis, String endReason) {}

  private final FakeHopper hopper;
  private final Map<String, List<Outcome>> byPhone = new HashMap<>();
  private final List<Dial> dials = new ArrayList<>();
  private final List<End> ends = new ArrayList<>();
  private final List<CallEnded> unreported = new ArrayList<>();
  private Outcome otherwise = outcome(Disposition.COMPLETED, Duration.ofSeconds(30));
  private boolean linger;
  private int live;
  private int maxLive;

  ScriptedCalls(FakeHopper hopper) {
    this.hopper = hopper;
  }

  /** Every attempt not scripted otherwise ends so. */
  ScriptedCalls otherwise(Disposition disposition, Duration duration) {
    otherwise = outcome(disposition, duration);
    return this;
  }

  /**
   * The calls stay open once they have reported their end. The time-skipping test server stops
   * skipping time for good when a child completes after its parent continued as new (its report to
   * the closed run holds a time lock), so a test that continues as new keeps its calls open.
   */
  ScriptedCalls lingerAfterEnd() {
    linger = true;
    return this;
  }

  boolean lingers() {
    return linger;
  }

  /** The contact's attempts, in order; attempts past the list go as {@link #otherwise}. */
  synchronized ScriptedCalls script(long contactId, Outcome... attempts) {
    byPhone.put(FakeHopper.phone(contactId), List.of(attempts));
    return this;
  }

  static Outcome outcome(Disposition disposition, Duration duration) {
    return new Outcome(disposition, duration, true);
  }

  /** An attempt that ends so, but whose end signal never reaches the campaign. */
  static Outcome unreported(Disposition disposition, Duration duration) {
    return new Outcome(disposition, duration, false);
  }

  synchronized Outcome outcome(String phone, int attempt) {
    List<Outcome> attempts = byPhone.getOrDefault(phone, List.of());
    return attempt <= attempts.size() ? attempts.get(attempt - 1) : otherwise;
  }

  synchronized void dialed(Dial dial) {
    dials.add(dial);
    live++;
    maxLive = Math.max(maxLive, live);
  }

  /** The campaign run that started the call through the hopper. */
  String startedBy(String callId) {
    return hopper.startedBy(callId);
  }

  /** The call writes the ledger, then tells its campaign. */
  synchronized void ended(CallEnded end, long atMillis, String endReason) {
    hopper.ledger(end);
    ends.add(
        new End(end.callId(), end.contactId(), end.result().disposition(), atMillis, endReason));
    live--;
  }

  /** The call could not tell its campaign, which must settle the end from the ledger. */
  synchronized void unreported(CallEnded end) {
    unreported.add(end);
  }

  synchronized List<CallEnded> unreported() {
    return List.copyOf(unreported);
  }

  synchronized List<Dial> dials() {
    return List.copyOf(dials);
  }

  synchronized List<Dial> dialsOf(long contactId) {
    return dials.stream().filter(dial -> dial.contactId() == contactId).toList();
  }

  synchronized List<End> ends() {
    return List.copyOf(ends);
  }

  synchronized List<End> endsOf(long contactId) {
    return ends.stream().filter(end -> end.contactId() == contactId).toList();
  }

  /** The most test calls that were live at once. */
  synchronized int maxLive() {
    return maxLive;
  }
}
