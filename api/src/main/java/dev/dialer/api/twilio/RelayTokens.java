package dev.dialer.api.twilio;

import dev.dialer.activities.DialerProperties;
import dev.dialer.workflows.relay.RelayToken;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The per-call token in the TwiML's ConversationRelay parameters ({@link RelayToken}): bound to the
 * callId and the CallSid, good for the longest a call may last, under the relay secret the api and
 * the media worker share, so the media worker can tell our calls from anyone who finds its socket.
 */
@Component
class RelayTokens {

  private static final Logger log = LoggerFactory.getLogger(RelayTokens.class);

  private final byte[] secret;
  private final Duration lifetime;
  private final Clock clock = Clock.systemUTC();

  RelayTokens(DialerProperties properties) {
    String configured = properties.media().relaySecret();
    if (configured.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      configured = Base64.getEncoder().encodeToString(random);
      log.warn(
          "No DIALER_RELAY_SECRET set; generated one for this run (the media worker needs the same)");
    }
    this.secret = configured.getBytes(StandardCharsets.UTF_8);
    this.lifetime = properties.media().maxCallDuration();
  }

  String tokenFor(String callId, String callSid) {
    return RelayToken.issue(
        secret, callId, Objects.requireNonNullElse(callSid, ""), clock.instant().plus(lifetime));
  }
}
