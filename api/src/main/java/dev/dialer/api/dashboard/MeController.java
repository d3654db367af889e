package dev.dialer.api.dashboard;

import dev.dialer.api.security.ApiPrincipal;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

  @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
  Me me(Authentication authentication) {
    ApiPrincipal principal = (ApiPrincipal) authentication.getPrincipal();
    return new Me(principal.keyId(), principal.role().label());
  }
}
