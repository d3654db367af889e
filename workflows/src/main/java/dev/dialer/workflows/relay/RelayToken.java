package dev.dialer.workflows.relay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token the api puts in a call's ConversationRelay {@code <Parameter>}s and the media worker
 * checks before it calls a model: an HMAC-SHA256, under the relay secret both services share, of
 * the callId, the CallSid and an expiry. It lives here because it is the contract between those two
 * deployables, and it needs nothing but the JDK; the caller passes the clock, so it is pure.
 *
 * <p>Form: {@code v1.<expiry epoch seconds>.<base64url HMAC of "v1|callId|callSid|expiry">}. A
 * token for another call, another CallSid, or past its expiry does not verify.
 */
public final class RelayToken {

  private static final String VERSION = "v1";
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  /** Why a token was or was not accepted; only {@link #VALID} lets a connection go on. */
  public enum Verdict {
    VALID,
    MALFORMED,
    BAD_SIGNATURE,
    EXPIRED
  }

  private RelayToken() {}

  /** A token for this call and CallSid, good until {@code expiresAt}. */
  public static String issue(byte[] secret, String callId, String callSid, Instant expiresAt) {
    long expiry = expiresAt.getEpochSecond();
    return VERSION + "." + expiry + "." + sign(secret, callId, callSid, expiry);
  }

  /**
   * Checks a token presented for {@code callId} and {@code callSid} at {@code now}. A token issued
   * for another call or CallSid fails its signature, so it is {@link Verdict#BAD_SIGNATURE}.
   */
  public static Verdict verify(
      byte[] secret, String token, String callId, String callSid, Instant now) {
    if (token == null || callId == null || callSid == null) {
      return Verdict.MALFORMED;
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || !VERSION.equals(parts[0])) {
      return Verdict.MALFORMED;
    }
    long expiry;
    try {
      expiry = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return Verdict.MALFORMED;
    }
    byte[] expected = sign(secret, callId, callSid, expiry).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Verdict.BAD_SIGNATURE;
    }
    return now.getEpochSecond() >= expiry ? Verdict.EXPIRED : Verdict.VALID;
  }

  private static String sign(byte[] secret, String callId, String callSid, long expiry) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length == 0) {
      throw new IllegalArgumentException("the relay secret is empty");
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      String message = String.join("|", VERSION, callId, callSid, Long.toString(expiry));
      return ENCODER.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }
}
