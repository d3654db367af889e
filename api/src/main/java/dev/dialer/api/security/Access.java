package dev.dialer.api.security;

/** What a route of {@link AccessRules} asks of a request. */
enum Access {
  /** Open to anyone: checked some other way (Twilio's signature) or harmless (health). */
  OPEN,
  VIEWER,
  SUPERVISOR,
  ADMIN,
  /** Not an entry point anyone opened on purpose. */
  DENIED;

  Role role() {
    return switch (this) {
      case VIEWER -> Role.VIEWER;
      case SUPERVISOR -> Role.SUPERVISOR;
      case ADMIN -> Role.ADMIN;
      case OPEN, DENIED -> throw new IllegalStateException(this + " asks for no role");
    };
  }
}
