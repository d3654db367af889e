package dev.dialer.media.stream;

import dev.dialer.media.MediaProperties;
import dev.dialer.media.relay.HandshakeSignature;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The {@code /stream} handshake is signed like the relay's: with a real auth token, Twilio's
 * X-Twilio-Signature over the exact stream URL the api gave the Streams resource is required.
 */
@Component
class StreamSignature implements HandshakeInterceptor {

  private static final Logger log = LoggerFactory.getLogger(StreamSignature.class);

  private final String authToken;
  private final String signedUrl;

  StreamSignature(MediaProperties properties) {
    this.authToken = properties.twilio().authToken();
    this.signedUrl = StreamUrls.sibling(properties.twilio().relayUrl(), StreamUrls.STREAM_PATH);
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
    String presented = request.getHeaders().getFirst(HandshakeSignature.HEADER);
    if (presented != null && HandshakeSignature.valid(authToken, signedUrl, presented)) {
      return true;
    }
    log.warn("stream handshake refused: {} X-Twilio-Signature", presented == null ? "no" : "bad");
    response.setStatusCode(HttpStatus.FORBIDDEN);
    return false;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Exception exception) {}
}
