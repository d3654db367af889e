package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The calls a campaign started and has not recorded yet, and the ends waiting to be recorded. A
 * call stays in the book, and holds its slot, until its end is recorded. Workflow code iterates
 * both collections, so both have an order that is the same on every replay: calls by callId, ends
 * in the order the history brought them.
 */
final class InFlightCalls {

  private final TreeMap<String, Call> calls = new TreeMap<>();
  private final LinkedHashMap<String, CallEnded> pendingEnds = new LinkedHashMap<>();

  private static final class Call {
    final long contactId;
    final long sinceMillis;
    boolean askedToEnd;

    Call(long contactId, long sinceMillis) {
      this.contactId = contactId;
      this.sinceMillis = sinceMillis;
    }
  }

  /**
   * The book a continued run takes over. A carry-over from a run before start times were carried
   * does not say when its calls started: they count from {@code nowMillis}.
   */
  static InFlightCalls carried(CampaignCarryOver carried, long nowMillis) {
    InFlightCalls book = new InFlightCalls();
    List<Long> since = carried.inFlightSince();
    int i = 0;
    for (Map.Entry<String, Long> call : carried.inFlight().entrySet()) {
      book.started(call.getKey(), call.getValue(), since == null ? nowMillis : since.get(i));
      i++;
    }
    for (CallEnded end : carried.pendingEnds()) {
      book.calls.putIfAbsent(end.callId(), new Call(end.contactId(), nowMillis));
      book.pendingEnds.put(end.callId(), end);
    }
    return book;
  }

  void started(String callId, long contactId, long nowMillis) {
    calls.put(callId, new Call(contactId, nowMillis));
  }

  /**
   * Takes the end of a call in flight whose end is not known yet.
   *
   * @return false for a duplicate or a call this campaign does not wait for
   */
  boolean ended(CallEnded end) {
    if (!calls.containsKey(end.callId()) || pendingEnds.containsKey(end.callId())) {
      return false;
    }
    pendingEnds.put(end.callId(), end);
    return true;
  }

  /** Calls holding a slot: the live ones and those whose end is not recorded yet. */
  int size() {
    return calls.size();
  }

  boolean isEmpty() {
    return calls.isEmpty();
  }

  boolean hasPendingEnds() {
    return !pendingEnds.isEmpty();
  }

  List<CallEnded> pendingEnds() {
    return List.copyOf(pendingEnds.values());
  }

  /** Frees the slots of calls whose ends are recorded. */
  void recorded(List<CallEnded> ends) {
    for (CallEnded end : ends) {
      pendingEnds.remove(end.callId());
      calls.remove(end.callId());
    }
  }

  /** Live calls started at or before {@code millis}, whose end signal may have been lost. */
  List<String> liveSince(long millis) {
    List<String> quiet = new ArrayList<>();
    calls.forEach(
        (callId, call) -> {
          if (call.sinceMillis <= millis && !pendingEnds.containsKey(callId)) {
            quiet.add(callId);
          }
        });
    return quiet;
  }

  /** Live calls not yet asked to end, at most {@code limit}, marked as asked. */
  List<String> askToEnd(int limit) {
    List<String> ask = new ArrayList<>();
    for (Map.Entry<String, Call> entry : calls.entrySet()) {
      if (ask.size() == limit) {
        break;
      }
      if (!entry.getValue().askedToEnd && !pendingEnds.containsKey(entry.getKey())) {
        entry.getValue().askedToEnd = true;
        ask.add(entry.getKey());
      }
    }
    return ask;
  }

  /** When each of {@link #live()}'s calls started, in its order. */
  List<Long> liveSince() {
    List<Long> since = new ArrayList<>();
    calls.forEach(
        (callId, call) -> {
          if (!pendingEnds.containsKey(callId)) {
            since.add(call.sinceMillis);
          }
        });
    return since;
  }

  /** The live calls, callId to contactId, as {@link CampaignCarryOver#inFlight()} holds them. */
  Map<String, Long> live() {
    Map<String, Long> live = new TreeMap<>();
    calls.forEach(
        (callId, call) -> {
          if (!pendingEnds.containsKey(callId)) {
            live.put(callId, call.contactId);
          }
        });
    return live;
  }
}
