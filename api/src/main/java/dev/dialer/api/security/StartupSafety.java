package dev.dialer.api.security;

import dev.dialer.activities.DialerProperties;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with settings that would let others in: each problem is one line naming the
 * setting to fix. Runs as the context starts, before any request is served.
 */
@Component
class StartupSafety {

  StartupSafety(DialerProperties properties, Environment environment) {
    boolean separateDeployment =
        !environment.getProperty("TEMPORAL_ADDRESS", "").isBlank()
            || !properties.databaseUrl().isBlank();
    problem(properties, separateDeployment)
        .ifPresent(
            problem -> {
              throw new InsecureSettingsException(problem);
            });
  }

  /**
   * The first insecure setting, if any; {@code separateDeployment}: TEMPORAL_ADDRESS or
   * DATABASE_URL.
   */
  static Optional<String> problem(DialerProperties properties, boolean separateDeployment) {
    DialerProperties.TwilioSettings twilio = properties.twilio();
    if (!twilio.accountSid().isBlank() && twilio.authToken().isBlank()) {
      return Optional.of(
          "TWILIO_ACCOUNT_SID is set without TWILIO_AUTH_TOKEN: Twilio's webhook signatures could"
              + " not be checked, so anyone could forge call events. Set TWILIO_AUTH_TOKEN.");
    }
    // Twilio itself (no other Twilio-compatible TWILIO_BASE_URL): callbacks cross the internet.
    if (!twilio.simulated() && twilio.baseUrl().isBlank()) {
      if (!"https".equalsIgnoreCase(properties.publicBaseUrl().getScheme())) {
        return Optional.of(
            "PUBLIC_BASE_URL must start with https:// when calls go through Twilio"
                + " (TWILIO_ACCOUNT_SID is set); it is "
                + properties.publicBaseUrl().getScheme()
                + "://…");
      }
      if (!properties.media().relayUrl().regionMatches(true, 0, "wss://", 0, 6)) {
        return Optional.of(
            "MEDIA_RELAY_URL must start with wss:// when calls go through Twilio"
                + " (TWILIO_ACCOUNT_SID is set), so the conversation is encrypted.");
      }
    }
    if (separateDeployment && properties.media().relaySecret().isBlank()) {
      return Optional.of(
          "DIALER_RELAY_SECRET must be set when the api and the media worker run as separate"
              + " deployments (TEMPORAL_ADDRESS or DATABASE_URL is set): give both the same"
              + " random value, e.g. from `openssl rand -base64 32`.");
    }
    return Optional.empty();
  }
}
