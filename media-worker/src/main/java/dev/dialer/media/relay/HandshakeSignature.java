package dev.dialer.media.relay;

import dev.dialer.media.MediaProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * With a real Twilio auth token configured, the relay handshake must carry Twilio's {@code
 * X-Twilio-Signature}: base64 HMAC-SHA1 of the exact {@code wss://} URL the TwiML emitted (a GET
 * has no body parameters to append). Without one (the sim), the relay token alone decides.
 */
@Component
public class HandshakeSignature implements HandshakeInterceptor {

  public static final String HEADER = "X-Twilio-Signature";
  private static final Logger log = LoggerFactory.getLogger(HandshakeSignature.class);

  private final String authToken;
  private final String signedUrl;

  HandshakeSignature(MediaProperties properties) {
    this.authToken = properties.twilio().authToken();
    this.signedUrl = properties.twilio().relayUrl();
  }

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes) {
    if (authToken.isBlank()) {
      return true;
    }
    String presented = request.getHeaders().getFirst(HEADER);
    if (presented != null && valid(authToken, signedUrl, presented)) {
      return true;
    }
    log.warn("relay handshake refused: {} X-Twilio-Signature", presented == null ? "no" : "bad");
    response.setStatusCode(HttpStatus.FORBIDDEN);
    return false;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Exception exception) {}

  public static boolean valid(String authToken, String url, String presented) {
    byte[] expected = sign(authToken, url).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.US_ASCII));
  }

  static String sign(String authToken, String url) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(url.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }
}
