package dev.dialer.api.security;

/**
 * A setting the api refuses to start with ({@link StartupSafety}, {@link ApiKeys}); the message
 * names it, and never quotes a secret.
 */
class InsecureSettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InsecureSettingsException(String message) {
    super(message);
  }
}
