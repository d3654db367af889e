package dev.dialer.api.dashboard;

import dev.dialer.api.security.ApiPrincipal;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

  private final String temporalUiUrl;
  private final String namespace;

  /** The same settings /actuator/info and the Temporal starter read (application.yml). */
  MeController(Environment environment) {
    String ui = environment.getProperty("info.temporal-ui", "").strip();
    this.temporalUiUrl = ui.isEmpty() ? null : ui.replaceAll("/+$", "");
    this.namespace = environment.getProperty("spring.temporal.namespace", "default");
  }

  @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
  Me me(Authentication authentication) {
    ApiPrincipal principal = (ApiPrincipal) authentication.getPrincipal();
    return new Me(principal.keyId(), principal.role().label(), temporalUiUrl, namespace);
  }
}
