package dev.dialer.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.api.support.ConversationTestSupport;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Recordings end to end: {@code record: true} on a single call → Record and a signed
 * RecordingStatusCallback at create → the sim's WAV → the callback through the inbox → a row →
 * {@code GET /api/calls/{id}/recording} streaming the sim's media with the account's credentials.
 */
class RecordingEndToEndTest extends ConversationTestSupport {

  private static final Map<String, String> PAYMENT =
      Map.of(
          "callType", "payment_reminder",
          "customerName", "Ada",
          "amount", "$90.00",
          "dueDate", "2025-12-12");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void givenARecordedCall_whenItEnds_itsRecordingShouldBeAWavAsLongAsTheRowSays() throws Exception {
    String to = "+16465558201";
    String callId = start(to, true);
    api.awaitDisposition(callId);

    JsonNode recording = awaitRecording(callId);
    assertThat(recording.path("status").asText()).isEqualTo("completed");
    assertThat(recording.path("sid").asText()).startsWith("RE");
    assertThat(recording.path("url").asText()).isEqualTo("/api/calls/" + callId + "/recording");
    HttpResponse<byte[]> media = fetch(callId, ApiTestSupport.API_KEY);

    assertThat(media.statusCode()).isEqualTo(200);
    assertThat(media.headers().firstValue("Content-Type")).hasValue("audio/wav");
    byte[] wav = media.body();
    assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
    ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    int sampleRate = header.getInt(24);
    int bytesPerSecond = header.getInt(28);
    int dataBytes = header.getInt(40);
    assertThat(sampleRate).isEqualTo(8000);
    assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
    assertThat(dataBytes / bytesPerSecond).isEqualTo(recording.path("duration").asInt());
    assertThat(recording.path("duration").asInt()).isPositive();
  }

  @Test
  void givenARecordedCall_whenTheAgentOpens_itsDisclosureShouldSayTheCallIsRecorded() {
    String to = "+16465558211";
    api.awaitDisposition(start(to, true));

    assertThat(heard(to).get(0))
        .contains("automated AI voice assistant")
        .contains("This call is recorded.");
  }

  @Test
  void givenAnUnrecordedCall_whenItsRecordingIsAsked_itShouldAnswer404NoRecording()
      throws Exception {
    String to = "+16465558301";
    String callId = start(to, false);
    api.awaitDisposition(callId);

    assertThat(heard(to).get(0)).doesNotContain("recorded");
    assertThat(api.get("/api/calls/" + callId).body().path("recording").isNull()).isTrue();
    ApiClient.Reply reply = api.get("/api/calls/" + callId + "/recording");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().path("error").path("code").asText()).isEqualTo("NO_RECORDING");
    assertThat(reply.body().path("error").path("message").asText()).contains(callId);
  }

  @Test
  void givenAnUnknownCall_whenItsRecordingIsAsked_itShouldAnswer404CallNotFound() {
    ApiClient.Reply reply = api.get("/api/calls/no-such-call/recording");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().path("error").path("code").asText()).isEqualTo("CALL_NOT_FOUND");
  }

  private static String start(String to, boolean record) {
    ApiClient.Reply reply =
        api.post("/api/calls", Map.of("to", to, "customParameters", PAYMENT, "record", record));
    assertThat(reply.status()).as("POST /api/calls: %s", reply.body()).isEqualTo(202);
    return reply.body().get("callId").asText();
  }

  private static JsonNode awaitRecording(String callId) {
    return Awaitility.await("recording of " + callId)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> api.get("/api/calls/" + callId).body().path("recording"),
            recording -> "completed".equals(recording.path("status").asText()));
  }

  private HttpResponse<byte[]> fetch(String callId, String key)
      throws IOException, InterruptedException {
    return http.send(
        new ApiClient(api.baseUrl(), key)
            .request("/api/calls/" + callId + "/recording")
            .setHeader("Accept", "audio/wav, application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
