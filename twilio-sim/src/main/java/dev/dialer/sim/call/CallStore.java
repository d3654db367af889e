package dev.dialer.sim.call;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.stereotype.Component;

/** Every accepted call, by sid and newest first (the order Twilio lists them in). */
@Component
public class CallStore {

  private final Map<String, SimCall> bySid = new ConcurrentHashMap<>();
  private final Deque<SimCall> newestFirst = new ConcurrentLinkedDeque<>();

  void add(SimCall call) {
    bySid.put(call.sid(), call);
    newestFirst.addFirst(call);
  }

  public Optional<SimCall> find(String sid) {
    return Optional.ofNullable(bySid.get(sid));
  }

  List<SimCall> newestFirst() {
    return new ArrayList<>(newestFirst);
  }
}
