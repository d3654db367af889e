package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import java.util.List;

public record SettledCalls(List<CallEnded> ended) {

  public SettledCalls {
    ended = ended == null ? List.of() : List.copyOf(ended);
  }
}
