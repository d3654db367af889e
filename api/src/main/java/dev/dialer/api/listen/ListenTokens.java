package dev.dialer.api.listen;

import dev.dialer.activities.DialerProperties;
import dev.dialer.workflows.relay.ListenToken;
import dev.dialer.workflows.relay.RelayToken;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The two tokens of a listen, under the relay secret the api and the media worker share: the
 * stream's (a relay token for the call and its CallSid, in the stream's parameters) and the
 * browser's (a listen token for the callId, short-lived: it only has to open the socket).
 */
final class ListenTokens {

  static final Duration LISTEN_LIFETIME = Duration.ofSeconds(60);

  private final byte[] secret;
  private final Duration callLifetime;
  private final Clock clock;

  ListenTokens(DialerProperties properties, Clock clock) {
    this.secret = properties.media().relaySecret().getBytes(StandardCharsets.UTF_8);
    this.callLifetime = properties.media().maxCallDuration();
    this.clock = clock;
  }

  /** Without a configured secret the media worker could verify neither token. */
  boolean configured() {
    return secret.length > 0;
  }

  String stream(String callId, String callSid) {
    return RelayToken.issue(secret, callId, callSid, clock.instant().plus(callLifetime));
  }

  Instant listenExpiry() {
    return clock.instant().plus(LISTEN_LIFETIME);
  }

  String listen(String callId, Instant expiresAt) {
    return ListenToken.issue(secret, callId, expiresAt);
  }
}
