package dev.dialer.sim.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.call.Stream;
import com.twilio.type.PhoneNumber;
import dev.dialer.sim.CallbackRecorder;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.SimRoutingHttpClient;
import dev.dialer.sim.TestCalls;
import dev.dialer.sim.signature.TwilioSignature;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Streams resource through twilio-java, and the messages the sim then sends on the socket,
 * compared field by field and type by type with twilio-protocol.json's {@code media_streams}.
 */
class MediaStreamTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  // twilio-protocol.json → media_streams.inbound, as published.
  private static final String CONNECTED =
      """
      {"event":"connected","protocol":"Call","version":"1.0.0"}""";
  private static final String START =
      """
      {"event":"start","sequenceNumber":"1","start":{"accountSid":"ACX","streamSid":"MZX",
      "callSid":"CAX","tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-mulaw",
      "sampleRate":8000,"channels":1},"customParameters":{"FirstName":"Jane"}},"streamSid":"MZX"}""";
  private static final String MEDIA =
      """
      {"event":"media","sequenceNumber":"4","media":{"track":"inbound","chunk":"2",
      "timestamp":"5","payload":"no+JhoaJjpzS"},"streamSid":"MZX"}""";
  private static final String STOP =
      """
      {"event":"stop","sequenceNumber":"5","stop":{"accountSid":"ACX","callSid":"CAX"},
      "streamSid":"MZX"}""";

  private static CallbackRecorder receiver;
  private static TwilioRestClient client;

  @BeforeAll
  static void start() {
    receiver = new CallbackRecorder();
    client =
        new TwilioRestClient.Builder(RunningSim.ACCOUNT_SID, RunningSim.AUTH_TOKEN)
            .httpClient(new SimRoutingHttpClient(RunningSim.get().baseUrl()))
            .build();
  }

  @AfterAll
  static void stop() {
    receiver.close();
  }

  @Test
  void givenALiveCall_whenAStreamIsCreated_itShouldSendSignedReferenceShapedMessagesUntilStop()
      throws Exception {
    String callSid = liveCall();
    try (StreamReceiver socket = new StreamReceiver()) {
      Stream stream =
          Stream.creator(callSid, URI.create(socket.url()))
              .setName("listen")
              .setTrack(Stream.Track.INBOUND_TRACK)
              .setParameter1Name("callId")
              .setParameter1Value("c-42")
              .create(client);

      assertThat(stream.getSid()).startsWith("MZ");
      assertThat(stream.getCallSid()).isEqualTo(callSid);
      assertThat(stream.getStatus()).isEqualTo(Stream.Status.IN_PROGRESS);
      assertThat(stream.getDateUpdated()).isNotNull();
      await("media frames", () -> socket.messages.size() > 6);
      Stream stopped =
          Stream.updater(callSid, stream.getSid(), Stream.UpdateStatus.STOPPED).update(client);
      assertThat(stopped.getStatus()).isEqualTo(Stream.Status.STOPPED);
      await("the socket closed", () -> socket.closed);

      assertThat(TwilioSignature.sign(RunningSim.AUTH_TOKEN, socket.url(), Map.of()))
          .isEqualTo(socket.headers.get("x-twilio-signature"));
      List<JsonNode> messages = new ArrayList<>();
      for (String text : socket.messages) {
        messages.add(JSON.readTree(text));
      }
      assertThat(shape(messages.get(0))).isEqualTo(shape(JSON.readTree(CONNECTED)));
      assertThat(shape(messages.get(1))).isEqualTo(shape(JSON.readTree(START)));
      assertThat(messages.get(1).path("start").path("customParameters").path("callId").asText())
          .isEqualTo("c-42");
      JsonNode last = messages.get(messages.size() - 1);
      assertThat(shape(last)).isEqualTo(shape(JSON.readTree(STOP)));
      List<JsonNode> media = messages.subList(2, messages.size() - 1);
      assertThat(media).isNotEmpty();
      for (int i = 0; i < media.size(); i++) {
        assertThat(shape(media.get(i))).isEqualTo(shape(JSON.readTree(MEDIA)));
        assertThat(media.get(i).path("sequenceNumber").asText()).isEqualTo(Integer.toString(i + 2));
        assertThat(media.get(i).path("media").path("chunk").asText())
            .isEqualTo(Integer.toString(i + 1));
        assertThat(media.get(i).path("media").path("timestamp").asText())
            .isEqualTo(Integer.toString(i * 20));
      }
      assertThat(last.path("sequenceNumber").asText())
          .isEqualTo(Integer.toString(media.size() + 2));
    }
  }

  @Test
  void givenACallThatEnded_whenAStreamIsCreated_itShouldBeRefusedAsNotInProgress() {
    String callSid = liveCall();
    TestCalls.update(callSid, "Status", "completed");

    ApiException refused =
        catchThrowableOfType(
            ApiException.class,
            () -> Stream.creator(callSid, URI.create("ws://127.0.0.1:9/stream")).create(client));

    assertThat(refused.getCode()).isEqualTo(21220);
  }

  private static String liveCall() {
    String to = RunningSim.numberEndingIn(1);
    TestCalls.putScenario(to, "{\"talkMillis\": 60000}");
    Call call =
        Call.creator(
                new PhoneNumber(to),
                new PhoneNumber(TestCalls.FROM),
                URI.create(receiver.url("/twiml")))
            .create(client);
    TestCalls.awaitCallStatus(call.getSid(), "in-progress");
    return call.getSid();
  }

  private static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(TestCalls.WAIT);
    while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }

  /** Field names and JSON types, recursively: what "the same shape" means here. */
  private static String shape(JsonNode node) {
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(String::compareTo);
      for (String name : names) {
        if (name.equals("customParameters")) {
          out.append(name).append(":object,");
          continue;
        }
        out.append(name).append(':').append(shape(node.get(name))).append(',');
      }
      return out.append('}').toString();
    }
    if (node.isArray()) {
      Iterator<JsonNode> items = node.elements();
      return "[" + (items.hasNext() ? shape(items.next()) : "") + "]";
    }
    return node.getNodeType().name();
  }
}
