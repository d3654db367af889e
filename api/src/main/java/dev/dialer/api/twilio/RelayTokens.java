package dev.dialer.api.twilio;

import dev.dialer.activities.DialerProperties;
import dev.dialer.workflows.relay.RelayToken;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A per-call token in the TwiML's ConversationRelay parameters ({@link RelayToken}: callId, CallSid
 * and an expiry under the relay secret the api and media worker share), so the media worker can
 * tell our calls from anyone who finds its WebSocket.
 */
@Component
class RelayTokens {

  private static final Logger log = LoggerFactory.getLogger(RelayTokens.class);

  /** The socket opens right after the TwiML is fetched; a token found later is worth nothing. */
  private static final Duration LIFETIME = Duration.ofMinutes(5);

  private final byte[] secret;

  RelayTokens(DialerProperties properties) {
    String secret = properties.media().relaySecret();
    if (secret.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      secret = Base64.getEncoder().encodeToString(random);
      log.warn(
          "No DIALER_RELAY_SECRET set; generated one for this run (the media worker needs the same)");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  String tokenFor(String callId, String callSid) {
    return RelayToken.issue(secret, callId, callSid, Instant.now().plus(LIFETIME));
  }
}
