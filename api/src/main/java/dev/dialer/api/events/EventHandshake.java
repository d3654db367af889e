package dev.dialer.api.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.security.ApiKeys;
import dev.dialer.api.security.ApiPrincipal;
import dev.dialer.api.web.ErrorBody;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks the key of an event socket before the upgrade, since a browser cannot set headers on a
 * WebSocket: the {@code token} query parameter, or a {@code bearer.<key>} entry of
 * Sec-WebSocket-Protocol next to {@value EventSocketHandler#PROTOCOL}. Any role may watch (it is a
 * read); no key or a wrong one is 401, a socket that names neither a call nor a campaign 400.
 */
@Component
class EventHandshake implements HandshakeInterceptor {

  static final String PRINCIPAL = "dialer.principal";
  static final String TOPIC = "dialer.topic";
  private static final String BEARER_PROTOCOL = "bearer.";
  private static final Logger log = LoggerFactory.getLogger(EventHandshake.class);

  private final ApiKeys keys;
  private final ObjectMapper json;

  EventHandshake(ApiKeys keys, ObjectMapper json) {
    this.keys = keys;
    this.json = json;
  }

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes)
      throws IOException {
    MultiValueMap<String, String> query =
        UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams();
    Optional<ApiPrincipal> principal =
        presentedKey(query, request.getHeaders().get("Sec-WebSocket-Protocol")).flatMap(keys::find);
    if (principal.isEmpty()) {
      log.info("Refused an event socket without a valid key from {}", request.getRemoteAddress());
      refuse(response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "A valid API key is needed.");
      return false;
    }
    EventTopic call = EventTopic.call(param(query, "callId"));
    EventTopic campaign = EventTopic.campaign(param(query, "campaignId"));
    if ((call == null) == (campaign == null)) {
      refuse(
          response,
          HttpStatus.BAD_REQUEST,
          "INVALID_REQUEST",
          "Name exactly one of the query parameters callId and campaignId.");
      return false;
    }
    attributes.put(PRINCIPAL, principal.get());
    attributes.put(TOPIC, call != null ? call : campaign);
    return true;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Exception exception) {}

  private static Optional<String> presentedKey(
      MultiValueMap<String, String> query, List<String> protocolHeaders) {
    String token = param(query, "token");
    if (token != null && !token.isBlank()) {
      return Optional.of(token);
    }
    if (protocolHeaders == null) {
      return Optional.empty();
    }
    return protocolHeaders.stream()
        .flatMap(header -> List.of(header.split(",")).stream())
        .map(String::trim)
        .filter(protocol -> protocol.startsWith(BEARER_PROTOCOL))
        .map(protocol -> protocol.substring(BEARER_PROTOCOL.length()))
        .findFirst();
  }

  private static String param(MultiValueMap<String, String> query, String name) {
    String raw = query.getFirst(name);
    return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  private void refuse(ServerHttpResponse response, HttpStatus status, String code, String message)
      throws IOException {
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    json.writeValue(response.getBody(), ErrorBody.of(code, message, null));
  }
}
