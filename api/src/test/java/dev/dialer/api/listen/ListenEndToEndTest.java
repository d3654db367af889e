package dev.dialer.api.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ConversationTestSupport;
import dev.dialer.workflows.relay.ListenToken;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Live listen end to end: the api starts a Media Stream on a live sim call through twilio-java's
 * Streams resource, the sim streams a tone to the media worker's {@code /stream}, and a real
 * WebSocket client on the media worker's {@code /listen} receives the μ-law frames in order.
 */
class ListenEndToEndTest extends ConversationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] SECRET = RELAY_SECRET.getBytes(StandardCharsets.UTF_8);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void givenALiveCall_whenASupervisorListens_itShouldReceiveMuLawFramesInOrderUntilStop() {
    // Persona 5 asks for a person and holds the line while the agent waits for a supervisor.
    String to = "+16465558251";
    ApiClient.Reply started =
        api.post(
            "/api/calls",
            Map.of("to", to, "customParameters", Map.of("callType", "payment_reminder")));
    String callId = started.body().get("callId").asText();
    api.awaitStatus(callId, "in-progress");

    ApiClient.Reply reply = api.post("/api/calls/" + callId + "/listen", Map.of());
    assertThat(reply.status()).as("listen: %s", reply.body()).isEqualTo(200);
    assertThat(reply.body().path("streamSid").asText()).startsWith("MZ");
    Frames frames = new Frames();
    http.newWebSocketBuilder()
        .buildAsync(URI.create(reply.body().path("url").asText()), frames)
        .orTimeout(10, TimeUnit.SECONDS)
        .join();

    Awaitility.await("a stop after the call's frames")
        .atMost(Duration.ofSeconds(30))
        .until(() -> frames.events().contains("stop"));
    List<JsonNode> media = frames.media();
    assertThat(media).hasSizeGreaterThan(10);
    List<Long> sequence = new ArrayList<>();
    List<Long> chunks = new ArrayList<>();
    for (JsonNode frame : media) {
      sequence.add(Long.parseLong(frame.path("sequenceNumber").asText()));
      chunks.add(Long.parseLong(frame.path("media").path("chunk").asText()));
      assertThat(frame.path("media").path("track").asText()).isEqualTo("inbound");
      byte[] mulaw = Base64.getDecoder().decode(frame.path("media").path("payload").asText());
      assertThat(mulaw).as("20 ms of 8 kHz μ-law").hasSize(160);
    }
    for (int i = 1; i < media.size(); i++) {
      assertThat(sequence.get(i))
          .as("sequenceNumber after %s", sequence.get(i - 1))
          .isEqualTo(sequence.get(i - 1) + 1);
      assertThat(chunks.get(i)).isEqualTo(chunks.get(i - 1) + 1);
    }
    assertThat(frames.events().get(frames.events().size() - 1)).isEqualTo("stop");
  }

  @Test
  void givenAGarbageToken_whenAListenSocketOpens_itShouldBeRefusedBeforeTheUpgrade() {
    assertRefused(listenUrl("some-call", "v1.123.not-a-signature"));
  }

  @Test
  void givenAnExpiredToken_whenAListenSocketOpens_itShouldBeRefusedBeforeTheUpgrade() {
    String expired = ListenToken.issue(SECRET, "some-call", Instant.now().minusSeconds(1));

    assertRefused(listenUrl("some-call", expired));
  }

  @Test
  void givenAnotherCallsToken_whenAListenSocketOpens_itShouldBeRefusedBeforeTheUpgrade() {
    String other = ListenToken.issue(SECRET, "other-call", Instant.now().plusSeconds(60));

    assertRefused(listenUrl("some-call", other));
  }

  @Test
  void givenACallThatIsNotLive_whenASupervisorListens_itShouldAnswer409CallNotLive() {
    String callId = api.call("+16465558351");
    api.awaitDisposition(callId);

    ApiClient.Reply reply = api.post("/api/calls/" + callId + "/listen", Map.of());

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.body().path("error").path("code").asText()).isEqualTo("CALL_NOT_LIVE");
  }

  private void assertRefused(String url) {
    assertThatThrownBy(
            () ->
                http.newWebSocketBuilder()
                    .buildAsync(URI.create(url), new Frames())
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(403));
  }

  private static String listenUrl(String callId, String token) {
    return "ws://127.0.0.1:"
        + MEDIA_PORT
        + "/listen?callId="
        + callId
        + "&token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /** Every message a listener got, in arrival order. */
  private static final class Frames implements WebSocket.Listener {

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received.add(JSON.readTree(partial.toString()));
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    List<String> events() {
      return received.stream().map(frame -> frame.path("event").asText()).toList();
    }

    List<JsonNode> media() {
      return received.stream()
          .filter(frame -> "media".equals(frame.path("event").asText()))
          .toList();
    }
  }
}
