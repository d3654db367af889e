package dev.dialer.api.twilio;

import dev.dialer.activities.DialerProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A per-call token in the TwiML's ConversationRelay parameters: HMAC-SHA256 of the callId under the
 * relay secret the api and media worker share, so the media worker can tell our calls from anyone
 * who finds its WebSocket.
 */
@Component
class RelayTokens {

  private static final Logger log = LoggerFactory.getLogger(RelayTokens.class);
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  RelayTokens(DialerProperties properties) {
    String secret = properties.media().relaySecret();
    if (secret.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      secret = Base64.getEncoder().encodeToString(random);
      log.warn(
          "No DIALER_RELAY_SECRET set; generated one for this run (the media worker needs the same)");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  String tokenFor(String callId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(callId.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
