package dev.dialer.sim.scenario;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sim/faults}: the callback faults in force for every call (see {@link CallbackFaults}).
 */
@RestController
@RequestMapping("/sim/faults")
class FaultController {

  private final FaultDice dice;

  FaultController(FaultDice dice) {
    this.dice = dice;
  }

  @PutMapping
  CallbackFaults put(@Valid @RequestBody CallbackFaults faults) {
    dice.set(faults);
    return faults;
  }

  @GetMapping
  CallbackFaults get() {
    return dice.current();
  }

  @DeleteMapping
  ResponseEntity<Void> clear() {
    dice.set(CallbackFaults.NONE);
    return ResponseEntity.noContent().build();
  }
}
