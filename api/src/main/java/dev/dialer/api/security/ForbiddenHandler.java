package dev.dialer.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 403 {@code FORBIDDEN} for a valid key without the role, naming the role the route needs. */
@Component
class ForbiddenHandler implements AccessDeniedHandler {

  private final JsonErrors errors;

  ForbiddenHandler(JsonErrors errors) {
    this.errors = errors;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    AccessRule rule = AccessRules.decide(request);
    String message =
        switch (rule.access()) {
          case VIEWER, SUPERVISOR, ADMIN ->
              request.getMethod()
                  + " "
                  + rule.pattern()
                  + " needs a key with the role "
                  + rule.access().role().label()
                  + " (or a role above it: admin > supervisor > viewer).";
          case OPEN, DENIED -> "This route is not open to any key.";
        };
    errors.write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", message);
  }
}
