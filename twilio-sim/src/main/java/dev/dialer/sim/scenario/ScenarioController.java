package dev.dialer.sim.scenario;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sim/scenarios")
class ScenarioController {

  private final ScenarioStore scenarios;

  ScenarioController(ScenarioStore scenarios) {
    this.scenarios = scenarios;
  }

  @PutMapping("/{to}")
  Scenario put(@PathVariable String to, @Valid @RequestBody Scenario scenario) {
    scenarios.put(to, scenario);
    return scenario;
  }

  @GetMapping
  Map<String, Scenario> all() {
    return scenarios.all();
  }

  @DeleteMapping("/{to}")
  ResponseEntity<Void> remove(@PathVariable String to) {
    scenarios.remove(to);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping
  ResponseEntity<Void> clear() {
    scenarios.clear();
    return ResponseEntity.noContent().build();
  }
}
