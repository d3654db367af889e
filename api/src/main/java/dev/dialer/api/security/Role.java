package dev.dialer.api.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a key may do; each role includes the ones below it (see {@link SecurityConfig}). */
public enum Role {
  ADMIN,
  SUPERVISOR,
  VIEWER;

  /** The name used in DIALER_API_KEYS, key ids and error messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Spring Security authority a key of this role holds. */
  public String authority() {
    return "ROLE_" + name();
  }

  static Optional<Role> of(String label) {
    return Arrays.stream(values()).filter(role -> role.label().equals(label)).findFirst();
  }
}
