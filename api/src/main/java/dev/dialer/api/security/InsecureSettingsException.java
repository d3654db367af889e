package dev.dialer.api.security;

/** A setting {@link StartupSafety} refuses to start with; the message names it. */
class InsecureSettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InsecureSettingsException(String message) {
    super(message);
  }
}
