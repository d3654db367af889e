package dev.dialer.api.listen;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.call.Stream;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.api.twilio.RelayUrls;
import dev.dialer.api.web.ApiException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Starts a one-way Media Stream (the callee's side) on a live call through Twilio's Streams
 * resource, once per call and api instance, to the media worker beside the relay; every listener
 * then gets a listen token of its own for that worker's {@code /listen}.
 */
@Service
class ListenService {

  private static final Logger log = LoggerFactory.getLogger(ListenService.class);

  private final CallLedger ledger;
  private final TwilioRestClient twilio;
  private final ListenTokens tokens;
  private final String relayUrl;
  private final Map<String, String> streams = new ConcurrentHashMap<>();

  ListenService(CallLedger ledger, TwilioRestClient twilio, DialerProperties properties) {
    this.ledger = ledger;
    this.twilio = twilio;
    this.tokens = new ListenTokens(properties, Clock.systemUTC());
    this.relayUrl = properties.media().relayUrl();
  }

  ListenView listen(String callId) {
    CallRecord call =
        ledger
            .find(callId)
            .orElseThrow(
                () ->
                    new ApiException(
                        HttpStatus.NOT_FOUND,
                        "CALL_NOT_FOUND",
                        "No call with id '" + callId + "'.",
                        null));
    if (!tokens.configured()) {
      throw new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "LISTEN_UNAVAILABLE",
          "Live listen needs DIALER_RELAY_SECRET, shared by the api and the media worker.",
          null);
    }
    if (!"in-progress".equals(call.status()) || call.callSid() == null) {
      throw notLive(callId, call.status());
    }
    String streamSid = streams.computeIfAbsent(callId, id -> start(call));
    Instant expiresAt = tokens.listenExpiry();
    String url =
        sibling(callId, "listen")
            + "?callId="
            + URLEncoder.encode(callId, StandardCharsets.UTF_8)
            + "&token="
            + URLEncoder.encode(tokens.listen(callId, expiresAt), StandardCharsets.UTF_8);
    return new ListenView(callId, streamSid, url, expiresAt);
  }

  private String start(CallRecord call) {
    try {
      Stream stream =
          Stream.creator(call.callSid(), URI.create(sibling(call.callId(), "stream")))
              .setName("listen")
              .setTrack(Stream.Track.INBOUND_TRACK)
              .setParameter1Name("callId")
              .setParameter1Value(call.callId())
              .setParameter2Name("token")
              .setParameter2Value(tokens.stream(call.callId(), call.callSid()))
              .create(twilio);
      log.info("callId={} media stream {} started for listening", call.callId(), stream.getSid());
      return stream.getSid();
    } catch (com.twilio.exception.ApiException e) {
      log.info("callId={} media stream refused by Twilio: {}", call.callId(), e.getMessage());
      throw notLive(call.callId(), call.status());
    }
  }

  /** On the media worker that runs the call's conversation (MEDIA_RELAY_URL may list several). */
  private String sibling(String callId, String path) {
    return URI.create(RelayUrls.pick(relayUrl, callId)).resolve(path).toString();
  }

  private static ApiException notLive(String callId, String status) {
    return new ApiException(
        HttpStatus.CONFLICT,
        "CALL_NOT_LIVE",
        "Call '" + callId + "' is " + status + "; only a call in progress can be listened to.",
        null);
  }
}
