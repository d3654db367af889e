package dev.dialer.media.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.media.RunningMediaWorker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With a real auth token, only a handshake Twilio signed over the TwiML's URL gets through. */
class HandshakeSignatureTest {

  private static final String AUTH_TOKEN = "twilio-auth-token-for-test";
  private static final String SIGNED_URL = "wss://media.example.com/relay";
  private static RunningMediaWorker worker;

  @BeforeAll
  static void start() {
    worker =
        new RunningMediaWorker(
            null,
            "--dialer.media.twilio.auth-token=" + AUTH_TOKEN,
            "--dialer.media.twilio.relay-url=" + SIGNED_URL);
  }

  @AfterAll
  static void stop() {
    worker.close();
  }

  @Test
  void givenTwilioSignedTheRelayUrl_whenTheSocketOpens_itShouldBeAccepted() throws Exception {
    WebSocket socket =
        open(HandshakeSignature.sign(AUTH_TOKEN, SIGNED_URL)).get(10, TimeUnit.SECONDS);

    assertThat(socket.isOutputClosed()).isFalse();
    socket.abort();
  }

  @Test
  void givenASignatureOverAnotherUrl_whenTheSocketOpens_itShouldBeRefused() throws Exception {
    assertThat(refusal(HandshakeSignature.sign(AUTH_TOKEN, "wss://elsewhere.example.com/relay")))
        .isEqualTo(403);
  }

  @Test
  void givenNoSignature_whenTheSocketOpens_itShouldBeRefused() throws Exception {
    assertThat(refusal(null)).isEqualTo(403);
  }

  /** The handshake's HTTP status when it was refused. */
  private static int refusal(String signature) throws Exception {
    try {
      open(signature).get(10, TimeUnit.SECONDS).abort();
      return 101;
    } catch (ExecutionException e) {
      return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
    }
  }

  private static CompletableFuture<WebSocket> open(String signature) {
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (signature != null) {
      builder.header(HandshakeSignature.HEADER, signature);
    }
    return builder.buildAsync(URI.create(worker.relayUrl()), new WebSocket.Listener() {});
  }
}
