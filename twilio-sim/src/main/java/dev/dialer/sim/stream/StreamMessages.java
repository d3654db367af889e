package dev.dialer.sim.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The messages Twilio sends on a Media Stream, shaped as in twilio-protocol.json's {@code
 * media_streams.inbound}: sequenceNumber, chunk and timestamp are JSON strings; {@code connected}
 * has neither sequenceNumber nor streamSid.
 */
final class StreamMessages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StreamMessages() {}

  static String connected() {
    ObjectNode message = JSON.createObjectNode();
    message.put("event", "connected").put("protocol", "Call").put("version", "1.0.0");
    return message.toString();
  }

  static String start(
      long sequence,
      String streamSid,
      String accountSid,
      String callSid,
      List<String> tracks,
      Map<String, String> customParameters) {
    ObjectNode message = JSON.createObjectNode();
    message.put("event", "start").put("sequenceNumber", Long.toString(sequence));
    ObjectNode start = message.putObject("start");
    start.put("accountSid", accountSid).put("streamSid", streamSid).put("callSid", callSid);
    tracks.forEach(start.putArray("tracks")::add);
    start
        .putObject("mediaFormat")
        .put("encoding", "audio/x-mulaw")
        .put("sampleRate", 8000)
        .put("channels", 1);
    ObjectNode parameters = start.putObject("customParameters");
    customParameters.forEach(parameters::put);
    message.put("streamSid", streamSid);
    return message.toString();
  }

  static String media(
      long sequence, String streamSid, String track, long chunk, long timestamp, byte[] mulaw) {
    ObjectNode message = JSON.createObjectNode();
    message.put("event", "media").put("sequenceNumber", Long.toString(sequence));
    message
        .putObject("media")
        .put("track", track)
        .put("chunk", Long.toString(chunk))
        .put("timestamp", Long.toString(timestamp))
        .put("payload", Base64.getEncoder().encodeToString(mulaw));
    message.put("streamSid", streamSid);
    return message.toString();
  }

  static String stop(long sequence, String streamSid, String accountSid, String callSid) {
    ObjectNode message = JSON.createObjectNode();
    message.put("event", "stop").put("sequenceNumber", Long.toString(sequence));
    message.putObject("stop").put("accountSid", accountSid).put("callSid", callSid);
    message.put("streamSid", streamSid);
    return message.toString();
  }
}
