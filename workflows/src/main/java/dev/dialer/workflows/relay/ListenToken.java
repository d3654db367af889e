package dev.dialer.workflows.relay;

import java.time.Instant;

/**
 * The short token the api hands a supervisor for the media worker's {@code /listen} socket: a
 * {@link RelayToken} bound to the callId and an expiry, its CallSid slot holding {@link #AUDIENCE}
 * instead, so a listen token never opens a relay and a relay token never opens a listen socket.
 */
public final class ListenToken {

  /** Never a CallSid (those start with CA). */
  public static final String AUDIENCE = "listen";

  private ListenToken() {}

  public static String issue(byte[] secret, String callId, Instant expiresAt) {
    return RelayToken.issue(secret, callId, AUDIENCE, expiresAt);
  }

  public static RelayToken.Verdict verify(byte[] secret, String token, String callId, Instant now) {
    return RelayToken.verify(secret, token, callId, AUDIENCE, now);
  }
}
