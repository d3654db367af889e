package dev.dialer.sim.recording;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.call.CallObserver;
import dev.dialer.sim.call.CallSnapshot;
import dev.dialer.sim.call.CallStatus;
import dev.dialer.sim.call.SimCall;
import dev.dialer.sim.callback.WebhookSender;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Records calls created with {@code Record=true}, as Twilio's Outbound API recording does: when an
 * answered call ends, a WAV as long as its talk time is stored under a new RecordingSid and the
 * signed RecordingStatusCallback reports it {@code completed}.
 */
@Component
class Recordings implements CallObserver {

  private static final Logger log = LoggerFactory.getLogger(Recordings.class);

  private final Map<String, RecordingRequest> requested = new ConcurrentHashMap<>();
  private final Map<String, SimRecording> recordings = new ConcurrentHashMap<>();
  private final WebhookSender sender;
  private final SimProperties properties;

  Recordings(WebhookSender sender, SimProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  @Override
  public void created(SimCall call, MultiValueMap<String, String> params) {
    if (!"true".equalsIgnoreCase(first(params, "Record"))) {
      return;
    }
    Set<String> events =
        params.getOrDefault("RecordingStatusCallbackEvent", List.of("completed")).stream()
            .flatMap(value -> Arrays.stream(value.split("[ ,]+")))
            .filter(event -> !event.isBlank())
            .collect(Collectors.toSet());
    String method = first(params, "RecordingStatusCallbackMethod");
    requested.put(
        call.sid(),
        new RecordingRequest(
            first(params, "RecordingStatusCallback"),
            method == null ? "POST" : method.toUpperCase(Locale.ROOT),
            events,
            first(params, "RecordingChannels") == null
                ? "mono"
                : first(params, "RecordingChannels"),
            ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
  }

  @Override
  public void ended(SimCall call) {
    RecordingRequest request = requested.remove(call.sid());
    CallSnapshot snapshot = call.snapshot();
    if (request == null
        || snapshot.status() != CallStatus.COMPLETED
        || snapshot.durationSeconds() == null) {
      return;
    }
    int seconds = Math.max(1, snapshot.durationSeconds());
    String sid = "RE" + UUID.randomUUID().toString().replace("-", "");
    recordings.put(sid, new SimRecording(sid, call.sid(), seconds, Wav.tone(seconds)));
    log.info("{} recorded as {} ({} s)", call.sid(), sid, seconds);
    if (request.callback() != null && request.events().contains("completed")) {
      sender.send(
          new WebhookSender.Webhook(
              call.sid(),
              "recording completed",
              request.callback(),
              request.method(),
              params(snapshot, sid, seconds, request)));
    }
  }

  Optional<SimRecording> find(String sid) {
    return Optional.ofNullable(recordings.get(sid));
  }

  private Map<String, String> params(
      CallSnapshot call, String sid, int seconds, RecordingRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", properties.accountSid());
    params.put("CallSid", call.sid());
    params.put("RecordingSid", sid);
    params.put("RecordingUrl", url(request.baseUrl(), sid));
    params.put("RecordingStatus", "completed");
    params.put("RecordingDuration", Integer.toString(seconds));
    params.put("RecordingChannels", "dual".equals(request.channels()) ? "2" : "1");
    params.put("RecordingSource", "OutboundAPI");
    params.put(
        "RecordingStartTime",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            call.endTime().minusSeconds(seconds).atOffset(ZoneOffset.UTC)));
    params.put("ErrorCode", "0");
    return params;
  }

  private String url(String baseUrl, String sid) {
    return baseUrl + "/2010-04-01/Accounts/" + properties.accountSid() + "/Recordings/" + sid;
  }

  private static String first(MultiValueMap<String, String> params, String name) {
    String value = params.getFirst(name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
