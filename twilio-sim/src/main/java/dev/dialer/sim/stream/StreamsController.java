package dev.dialer.sim.stream;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.call.CallStore;
import dev.dialer.sim.call.SimCall;
import dev.dialer.sim.call.TwilioDates;
import dev.dialer.sim.error.TwilioApiException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's {@code /Calls/{CallSid}/Streams} resource: create (Url, Name, Track, ParameterN.Name /
 * ParameterN.Value) on a call in progress, and update with {@code Status=stopped}.
 */
@RestController
@RequestMapping(
    path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}",
    produces = MediaType.APPLICATION_JSON_VALUE)
class StreamsController {

  private final CallStore calls;
  private final Streams streams;
  private final SimProperties properties;
  private final Clock clock;

  StreamsController(CallStore calls, Streams streams, SimProperties properties, Clock clock) {
    this.calls = calls;
    this.streams = streams;
    this.properties = properties;
    this.clock = clock;
  }

  @PostMapping("/Streams.json")
  @ResponseStatus(HttpStatus.CREATED)
  StreamResource create(
      @PathVariable("CallSid") String callSid, @RequestParam MultiValueMap<String, String> params) {
    SimCall call = find(callSid);
    String url = params.getFirst("Url");
    if (url == null || url.isBlank()) {
      throw TwilioApiException.invalidParameter("Url is required");
    }
    String scheme = URI.create(url).getScheme();
    if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
      throw TwilioApiException.invalidParameter("Url must be a ws:// or wss:// URL, not " + url);
    }
    if (!call.isInProgress()) {
      throw TwilioApiException.badRequest(21220, "Call is not in-progress. Cannot start a stream.");
    }
    String track = params.getFirst("Track") == null ? "inbound_track" : params.getFirst("Track");
    if (!track.matches("inbound_track|outbound_track|both_tracks")) {
      throw TwilioApiException.invalidParameter(
          "Track must be inbound_track, outbound_track or both_tracks, not " + track);
    }
    SimStream stream = streams.start(call, url, params.getFirst("Name"), track, parameters(params));
    return resource(stream, "in-progress");
  }

  @PostMapping("/Streams/{Sid}.json")
  StreamResource update(
      @PathVariable("CallSid") String callSid,
      @PathVariable("Sid") String sid,
      @RequestParam MultiValueMap<String, String> params) {
    find(callSid);
    SimStream stream =
        streams
            .find(sid)
            .filter(s -> s.callSid.equals(callSid))
            .orElseThrow(() -> TwilioApiException.notFound(path(callSid) + "/" + sid + ".json"));
    if (!"stopped".equals(params.getFirst("Status"))) {
      throw TwilioApiException.invalidParameter("Status must be stopped");
    }
    streams.stop(stream);
    return resource(stream, "stopped");
  }

  private SimCall find(String callSid) {
    return calls
        .find(callSid)
        .orElseThrow(() -> TwilioApiException.notFound(path(callSid) + ".json"));
  }

  private static Map<String, String> parameters(MultiValueMap<String, String> params) {
    Map<String, String> custom = new LinkedHashMap<>();
    for (int n = 1; n <= 99; n++) {
      String name = params.getFirst("Parameter" + n + ".Name");
      if (name != null) {
        String value = params.getFirst("Parameter" + n + ".Value");
        custom.put(name, value == null ? "" : value);
      }
    }
    return custom;
  }

  private StreamResource resource(SimStream stream, String status) {
    return new StreamResource(
        stream.sid,
        properties.accountSid(),
        stream.callSid,
        stream.name,
        status,
        TwilioDates.rfc2822(clock.instant()),
        path(stream.callSid) + "/" + stream.sid + ".json");
  }

  private String path(String callSid) {
    return "/2010-04-01/Accounts/" + properties.accountSid() + "/Calls/" + callSid + "/Streams";
  }
}
