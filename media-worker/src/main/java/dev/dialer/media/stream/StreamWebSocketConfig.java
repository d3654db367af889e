package dev.dialer.media.stream;

import dev.dialer.media.MediaProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Serves {@code /stream} (Twilio's Media Streams, no browser Origin) and {@code /listen}
 * (dashboards, from the configured origins only; a client without Origin is not a browser).
 */
@Configuration(proxyBeanMethods = false)
class StreamWebSocketConfig implements WebSocketConfigurer {

  private final StreamHandler stream;
  private final StreamSignature signature;
  private final ListenHandler listen;
  private final ListenHandshake handshake;
  private final MediaProperties properties;

  StreamWebSocketConfig(
      StreamHandler stream,
      StreamSignature signature,
      ListenHandler listen,
      ListenHandshake handshake,
      MediaProperties properties) {
    this.stream = stream;
    this.signature = signature;
    this.listen = listen;
    this.handshake = handshake;
    this.properties = properties;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry.addHandler(stream, "/" + StreamUrls.STREAM_PATH).addInterceptors(signature);
    registry
        .addHandler(listen, "/" + StreamUrls.LISTEN_PATH)
        .addInterceptors(handshake)
        .setAllowedOrigins(properties.listenOrigins().toArray(String[]::new));
  }
}
