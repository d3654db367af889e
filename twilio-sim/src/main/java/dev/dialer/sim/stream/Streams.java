package dev.dialer.sim.stream;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.call.CallObserver;
import dev.dialer.sim.call.SimCall;
import dev.dialer.sim.signature.TwilioSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Media Streams started on live calls through the Streams resource: the sim connects to the
 * stream's URL (signed with X-Twilio-Signature over that exact URL, as Twilio does), sends {@code
 * connected} and {@code start}, then a synthetic tone in 20 ms μ-law frames until the stream is
 * stopped or the call ends, and then {@code stop}.
 */
@Component
class Streams implements CallObserver {

  private static final Logger log = LoggerFactory.getLogger(Streams.class);
  private static final long FRAME_MILLIS = 20;

  private final Map<String, SimStream> bySid = new ConcurrentHashMap<>();
  private final HttpClient http;
  private final ScheduledExecutorService scheduler;
  private final SimProperties properties;

  Streams(
      HttpClient webhookHttpClient,
      ScheduledExecutorService callScheduler,
      SimProperties properties) {
    this.http = webhookHttpClient;
    this.scheduler = callScheduler;
    this.properties = properties;
  }

  SimStream start(
      SimCall call, String url, String name, String track, Map<String, String> parameters) {
    String sid = "MZ" + UUID.randomUUID().toString().replace("-", "");
    List<String> tracks =
        switch (track) {
          case "outbound_track" -> List.of("outbound");
          case "both_tracks" -> List.of("inbound", "outbound");
          default -> List.of("inbound");
        };
    SimStream stream = new SimStream(sid, call.sid(), name, tracks);
    bySid.put(sid, stream);
    CompletableFuture<WebSocket> socket =
        http.newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .header(
                TwilioSignature.HEADER, TwilioSignature.sign(properties.authToken(), url, Map.of()))
            .buildAsync(URI.create(url), new WebSocket.Listener() {});
    socket.whenComplete(
        (ws, failure) -> {
          if (failure != null) {
            log.warn(
                "{} stream {} could not connect to {}: {}",
                call.sid(),
                sid,
                url,
                failure.toString());
            bySid.remove(sid);
            stream.stop();
          }
        });
    stream.opened(
        socket,
        scheduler.scheduleAtFixedRate(
            () -> frame(stream), FRAME_MILLIS, FRAME_MILLIS, TimeUnit.MILLISECONDS));
    stream.send(StreamMessages.connected(), false);
    stream.send(
        StreamMessages.start(
            stream.nextSequence(), sid, properties.accountSid(), call.sid(), tracks, parameters),
        false);
    log.info("{} stream {} to {} started", call.sid(), sid, url);
    return stream;
  }

  Optional<SimStream> find(String sid) {
    return Optional.ofNullable(bySid.get(sid));
  }

  /** Status=stopped through the REST API, or the end of the call. */
  void stop(SimStream stream) {
    if (stream.stop()) {
      stream.send(
          StreamMessages.stop(
              stream.nextSequence(), stream.sid, properties.accountSid(), stream.callSid),
          false);
      stream.close();
      log.info("{} stream {} stopped", stream.callSid, stream.sid);
    }
  }

  @Override
  public void ended(SimCall call) {
    bySid.values().stream().filter(s -> s.callSid.equals(call.sid())).forEach(this::stop);
    bySid.values().removeIf(s -> s.callSid.equals(call.sid()));
  }

  private void frame(SimStream stream) {
    if (stream.stopped()) {
      return;
    }
    long chunk = stream.nextChunk();
    byte[] audio = MuLaw.tone((chunk - 1) * SimStream.FRAME_SAMPLES, SimStream.FRAME_SAMPLES);
    for (String track : stream.tracks) {
      stream.send(
          StreamMessages.media(
              stream.nextSequence(), stream.sid, track, chunk, (chunk - 1) * FRAME_MILLIS, audio),
          true);
    }
  }
}
