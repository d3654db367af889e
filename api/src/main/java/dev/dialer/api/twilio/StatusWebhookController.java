package dev.dialer.api.twilio;

import dev.dialer.activities.telephony.CallbackUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's status, AMD, recording and Connect-action callbacks: verified, stored in the inbox, then
 * signalled.
 */
@RestController
class StatusWebhookController {

  static final String CONNECT_ACTION_PATH = "/twilio/connect-action";

  private static final Logger log = LoggerFactory.getLogger(StatusWebhookController.class);

  private final WebhookSignature signature;
  private final WebhookInbox inbox;
  private final InboxRelay relay;
  private final ConnectActionTwiml next;

  StatusWebhookController(
      WebhookSignature signature, WebhookInbox inbox, InboxRelay relay, ConnectActionTwiml next) {
    this.signature = signature;
    this.inbox = inbox;
    this.relay = relay;
    this.next = next;
  }

  // /api/call-status: seed 004's status callback path, for numbers still configured with it.
  @PostMapping(
      path = {CallbackUrls.STATUS_PATH, "/api/call-status"},
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Void> status(
      HttpServletRequest request,
      @RequestParam(name = CallbackUrls.CALL_ID_PARAM, required = false) String callId,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) String sig) {
    return accept(InboxEntry.STATUS, request, callId, sig);
  }

  @PostMapping(path = CallbackUrls.AMD_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Void> amd(
      HttpServletRequest request,
      @RequestParam(name = CallbackUrls.CALL_ID_PARAM, required = false) String callId,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) String sig) {
    return accept(InboxEntry.AMD, request, callId, sig);
  }

  /** A recording's RecordingStatusCallback; stored first like the others, then written as a row. */
  @PostMapping(
      path = CallbackUrls.RECORDING_PATH,
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Void> recording(
      HttpServletRequest request,
      @RequestParam(name = CallbackUrls.CALL_ID_PARAM, required = false) String callId,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) String sig) {
    return accept(InboxEntry.RECORDING, request, callId, sig);
  }

  /**
   * The ConversationRelay session ended (Twilio's {@code <Connect action>}): stored and signalled
   * like a status callback, answered with the next TwiML: a transfer's {@code <Dial>}, else a
   * hang-up.
   */
  @PostMapping(
      path = CONNECT_ACTION_PATH,
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> connectAction(
      HttpServletRequest request,
      @RequestParam(name = CallbackUrls.CALL_ID_PARAM, required = false) String callId,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) String sig) {
    ResponseEntity<Void> stored = accept(InboxEntry.CONNECT_ACTION, request, callId, sig);
    if (!stored.getStatusCode().is2xxSuccessful()) {
      return ResponseEntity.status(stored.getStatusCode()).build();
    }
    return ResponseEntity.ok(next.next(FormParams.storable(callId), FormParams.body(request)));
  }

  private ResponseEntity<Void> accept(
      String kind, HttpServletRequest request, String callId, String sig) {
    Map<String, String> params = FormParams.body(request);
    if (!signature.valid(request, params, sig)) {
      log.warn(
          "Rejected {} webhook for callId={} CallSid={}: {} X-Twilio-Signature",
          kind,
          callId,
          params.get("CallSid"),
          sig == null ? "missing" : "invalid");
      return ResponseEntity.status(403).build();
    }
    String url =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    inbox
        .accept(
            kind,
            FormParams.storable(callId),
            FormParams.storable(url),
            FormParams.storable(params))
        .ifPresent(relay::deliverSoon);
    return ResponseEntity.noContent().build();
  }
}
