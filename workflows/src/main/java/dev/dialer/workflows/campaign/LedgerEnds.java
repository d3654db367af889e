package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import java.util.List;

/** Ends the call ledger holds and the hopper has not recorded yet, by callId. */
public record LedgerEnds(List<CallEnded> ended) {

  public LedgerEnds {
    ended = ended == null ? List.of() : List.copyOf(ended);
  }
}
