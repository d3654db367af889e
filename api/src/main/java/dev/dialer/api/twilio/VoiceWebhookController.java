package dev.dialer.api.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Connect;
import com.twilio.twiml.voice.ConversationRelay;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Parameter;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.activities.telephony.CallbackUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The TwiML Twilio fetches when the call is answered: connect the callee to the media worker over
 * ConversationRelay, with the callId and a signed token as parameters. A call with a voicemail
 * message is first held in silence until its AMD verdict ({@link AmdHold}).
 */
@RestController
class VoiceWebhookController {

  private static final Logger log = LoggerFactory.getLogger(VoiceWebhookController.class);

  private final WebhookSignature signature;
  private final CallLedger ledger;
  private final RelayTokens tokens;
  private final DialerProperties.MediaSettings media;
  private final CallbackUrls urls;
  private final AmdHold amdHold;

  VoiceWebhookController(
      WebhookSignature signature,
      CallLedger ledger,
      RelayTokens tokens,
      DialerProperties properties,
      CallbackUrls urls,
      AmdHold amdHold) {
    this.amdHold = amdHold;
    this.urls = urls;
    this.signature = signature;
    this.ledger = ledger;
    this.tokens = tokens;
    this.media = properties.media();
  }

  // /api/outbound-call-twiml: seed 004's TwiML path, for numbers still configured with it.
  @PostMapping(
      path = {CallbackUrls.VOICE_PATH, "/api/outbound-call-twiml"},
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> voice(
      HttpServletRequest request,
      @RequestParam(name = CallbackUrls.CALL_ID_PARAM, required = false) String callId,
      @RequestParam(name = CallbackUrls.AWAIT_AMD_PARAM, defaultValue = "false") boolean awaitAmd,
      @RequestParam(name = CallbackUrls.AMD_WAIT_PARAM, defaultValue = "0") int amdWait,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) String sig) {
    Map<String, String> params = FormParams.body(request);
    if (!signature.valid(request, params, sig)) {
      log.warn("Rejected voice webhook for callId={}: bad or missing X-Twilio-Signature", callId);
      return ResponseEntity.status(403).build();
    }
    Optional<CallRecord> call =
        callId == null ? Optional.empty() : ledger.find(FormParams.storable(callId));
    if (call.isEmpty()) {
      log.warn(
          "Voice webhook for unknown callId={} (CallSid={}); hanging up",
          callId,
          params.get("CallSid"));
      return ResponseEntity.ok(
          new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml());
    }
    if (awaitAmd) {
      Optional<VoiceResponse> hold = amdHold.hold(call.get().callId(), amdWait);
      if (hold.isPresent()) {
        return ResponseEntity.ok(hold.get().toXml());
      }
    }
    return ResponseEntity.ok(relay(call.get(), params.get("CallSid")).toXml());
  }

  /**
   * The agent opens the conversation itself (greeting, disclosure, purpose), so there is no
   * welcomeGreeting; the session's end is posted to the Connect action.
   */
  private VoiceResponse relay(CallRecord call, String callSid) {
    ConversationRelay.Builder relay =
        new ConversationRelay.Builder()
            .url(RelayUrls.pick(media.relayUrl(), call.callId()))
            .parameter(new Parameter.Builder().name("callId").value(call.callId()).build())
            .parameter(
                new Parameter.Builder()
                    .name("token")
                    .value(tokens.tokenFor(call.callId(), callSid))
                    .build());
    String action =
        urls.signedUrl(
            StatusWebhookController.CONNECT_ACTION_PATH,
            CallbackUrls.CALL_ID_PARAM + "=" + URLEncoder.encode(call.callId(), UTF_8));
    return new VoiceResponse.Builder()
        .connect(new Connect.Builder().action(action).conversationRelay(relay.build()).build())
        .build();
  }
}
