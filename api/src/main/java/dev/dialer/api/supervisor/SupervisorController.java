package dev.dialer.api.supervisor;

import dev.dialer.api.security.ApiPrincipal;
import dev.dialer.api.web.ApiException;
import dev.dialer.api.web.E164;
import dev.dialer.workflows.call.SupervisorOverride;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A supervisor steps into a live call: say a line, press a key, transfer it, end it. */
@RestController
@RequestMapping(path = "/api/calls/{callId}/override", produces = MediaType.APPLICATION_JSON_VALUE)
class SupervisorController {

  private final CallUpdates updates;

  SupervisorController(CallUpdates updates) {
    this.updates = updates;
  }

  @PostMapping(path = "/text", consumes = MediaType.APPLICATION_JSON_VALUE)
  OverrideResponse text(
      @PathVariable String callId,
      @RequestBody(required = false) TextOverrideRequest request,
      @AuthenticationPrincipal ApiPrincipal principal) {
    if (request == null || request.text() == null || request.text().isBlank()) {
      throw ApiException.invalid("text", "'text' is required: the line the agent should say.");
    }
    return act(callId, principal, SupervisorOverride.TEXT, request.text().strip());
  }

  @PostMapping(path = "/dtmf", consumes = MediaType.APPLICATION_JSON_VALUE)
  OverrideResponse dtmf(
      @PathVariable String callId,
      @RequestBody(required = false) DtmfOverrideRequest request,
      @AuthenticationPrincipal ApiPrincipal principal) {
    String digit = request == null ? null : request.digit();
    if (digit == null || !digit.matches("[0-9*#]")) {
      throw ApiException.invalid(
          "digit", "'digit' must be one key: 0-9, * or #, not '" + digit + "'.");
    }
    return act(callId, principal, SupervisorOverride.DTMF, digit);
  }

  /** The target must be one of the call's transfer numbers, else 400 TRANSFER_NOT_ALLOWED. */
  @PostMapping(path = "/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
  OverrideResponse transfer(
      @PathVariable String callId,
      @RequestBody(required = false) TransferOverrideRequest request,
      @AuthenticationPrincipal ApiPrincipal principal) {
    String target = E164.of("target", request == null ? null : request.target());
    return act(callId, principal, SupervisorOverride.TRANSFER, target);
  }

  @PostMapping("/end")
  OverrideResponse end(
      @PathVariable String callId, @AuthenticationPrincipal ApiPrincipal principal) {
    return act(callId, principal, SupervisorOverride.END, null);
  }

  private OverrideResponse act(String callId, ApiPrincipal principal, String action, String value) {
    String keyId = principal == null ? null : principal.keyId();
    return updates.send(
        callId,
        keyId,
        action,
        value,
        call -> call.override(new SupervisorOverride(action, value, keyId)));
  }
}
