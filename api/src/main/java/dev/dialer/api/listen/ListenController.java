package dev.dialer.api.listen;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/calls/{id}/listen}: a supervisor starts listening to a live call. */
@RestController
class ListenController {

  private final ListenService listens;

  ListenController(ListenService listens) {
    this.listens = listens;
  }

  @PostMapping(path = "/api/calls/{callId}/listen", produces = MediaType.APPLICATION_JSON_VALUE)
  ListenView listen(@PathVariable String callId) {
    return listens.listen(callId);
  }
}
