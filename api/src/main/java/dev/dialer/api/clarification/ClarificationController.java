package dev.dialer.api.clarification;

import dev.dialer.api.security.ApiPrincipal;
import dev.dialer.api.supervisor.OverrideResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClarificationController {

  private final Clarifications clarifications;

  ClarificationController(Clarifications clarifications) {
    this.clarifications = clarifications;
  }

  @GetMapping(path = "/api/clarifications", produces = MediaType.APPLICATION_JSON_VALUE)
  ClarificationList list(
      @RequestParam(defaultValue = "pending") String status,
      @RequestParam(defaultValue = "100") int limit) {
    return clarifications.list(status, limit);
  }

  @PostMapping(
      path = "/api/calls/{callId}/override/clarification",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  OverrideResponse answer(
      @PathVariable String callId,
      @RequestBody(required = false) ClarificationAnswerRequest request,
      @AuthenticationPrincipal ApiPrincipal principal) {
    return clarifications.answer(callId, request, principal == null ? null : principal.keyId());
  }
}
