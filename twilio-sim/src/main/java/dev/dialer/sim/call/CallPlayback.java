package dev.dialer.sim.call;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** What each call played, said and dialed outside its conversation, for the ledger to show. */
@Component
public class CallPlayback {

  private final Map<String, List<PlayedVerb>> played = new ConcurrentHashMap<>();
  private final Set<String> bridged = ConcurrentHashMap.newKeySet();
  private final Map<String, Instant> recordingUntil = new ConcurrentHashMap<>();

  /** The machine beeped: its mailbox records, and the call stays up for it, until {@code until}. */
  public void beep(String callSid, Instant until) {
    add(callSid, PlayedVerb.of(PlayedVerb.BEEP, null));
    recordingUntil.put(callSid, until);
  }

  boolean recording(String callSid, Instant now) {
    Instant until = recordingUntil.get(callSid);
    return until != null && now.isBefore(until);
  }

  public void add(String callSid, PlayedVerb verb) {
    played.computeIfAbsent(callSid, sid -> new CopyOnWriteArrayList<>()).add(verb);
  }

  /** The leg is up: the call stays on the line for it. */
  void bridge(String callSid, PlayedVerb dial) {
    bridged.add(callSid);
    add(callSid, dial);
  }

  /** The leg is over: its entry gets whether it was answered and how long it was up. */
  void unbridge(String callSid, PlayedVerb ended) {
    bridged.remove(callSid);
    List<PlayedVerb> verbs = played.get(callSid);
    for (int i = verbs.size() - 1; i >= 0; i--) {
      if (PlayedVerb.DIAL.equals(verbs.get(i).verb())) {
        verbs.set(i, ended);
        return;
      }
    }
  }

  boolean bridged(String callSid) {
    return bridged.contains(callSid);
  }

  public List<PlayedVerb> played(String callSid) {
    List<PlayedVerb> verbs = played.get(callSid);
    return verbs == null ? List.of() : List.copyOf(verbs);
  }
}
