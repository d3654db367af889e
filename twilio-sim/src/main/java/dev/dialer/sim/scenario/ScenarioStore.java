package dev.dialer.sim.scenario;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Scenarios by called number; a call takes the scenario in force when it is created. */
@Component
public class ScenarioStore {

  private final Map<String, Scenario> byNumber = new ConcurrentHashMap<>();

  public Scenario forNumber(String to) {
    return byNumber.getOrDefault(to, Scenario.NONE);
  }

  void put(String to, Scenario scenario) {
    byNumber.put(to, scenario);
  }

  Map<String, Scenario> all() {
    return new TreeMap<>(byNumber);
  }

  void remove(String to) {
    byNumber.remove(to);
  }

  void clear() {
    byNumber.clear();
  }
}
