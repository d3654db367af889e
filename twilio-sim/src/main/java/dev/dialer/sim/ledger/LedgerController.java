package dev.dialer.sim.ledger;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sim/calls")
class LedgerController {

  private final Ledger ledger;

  LedgerController(Ledger ledger) {
    this.ledger = ledger;
  }

  @GetMapping
  List<LedgerEntry> entries() {
    return ledger.entries();
  }

  @DeleteMapping
  ResponseEntity<Void> clear() {
    ledger.clear();
    return ResponseEntity.noContent().build();
  }
}
