package dev.dialer.media.stream;

import dev.dialer.media.MediaProperties;
import dev.dialer.workflows.relay.ListenToken;
import dev.dialer.workflows.relay.RelayToken;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /listen?callId=…&token=…} is upgraded only for a valid, unexpired listen token of that
 * callId (browsers cannot set headers on a WebSocket, hence the query); anything else is a 403
 * before any WebSocket exists.
 */
@Component
class ListenHandshake implements HandshakeInterceptor {

  static final String CALL_ID = "callId";
  private static final Logger log = LoggerFactory.getLogger(ListenHandshake.class);

  private final byte[] secret;
  private final Clock clock;

  ListenHandshake(MediaProperties properties, Clock clock) {
    this.secret = properties.relaySecret().getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes) {
    var query = UriComponentsBuilder.fromUri(request.getURI()).build(true).getQueryParams();
    String callId = decode(query.getFirst(CALL_ID));
    String token = decode(query.getFirst("token"));
    RelayToken.Verdict verdict =
        secret.length == 0 || callId == null
            ? RelayToken.Verdict.MALFORMED
            : ListenToken.verify(secret, token, callId, clock.instant());
    if (verdict != RelayToken.Verdict.VALID) {
      log.warn("listen for callId={} refused: token {}", callId, verdict);
      response.setStatusCode(HttpStatus.FORBIDDEN);
      return false;
    }
    attributes.put(CALL_ID, callId);
    return true;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Exception exception) {}

  private static String decode(String value) {
    return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
