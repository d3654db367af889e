package dev.dialer.sim.callback;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.call.CallPlayback;
import dev.dialer.sim.call.CallRequest;
import dev.dialer.sim.call.CallSnapshot;
import dev.dialer.sim.call.CallTimers;
import dev.dialer.sim.call.MachineDetection;
import dev.dialer.sim.call.Outcome;
import dev.dialer.sim.call.PlayedVerb;
import dev.dialer.sim.call.SimCall;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens on the wire once a call is answered: the TwiML request to Url and answering machine
 * detection. Synchronous AMD holds the TwiML request back until the verdict, which then rides on
 * it; asynchronous AMD fetches TwiML at once and posts the verdict to AsyncAmdStatusCallback.
 */
@Component
public class AnswerWebhooks {

  private static final Logger log = LoggerFactory.getLogger(AnswerWebhooks.class);

  static final String MAILBOX_GREETING =
      "Hi, you have reached the voicemail of this number. Please leave a message after the tone.";

  private final WebhookSender sender;
  private final CallTimers timers;
  private final SimProperties properties;
  private final CallPlayback playback;

  AnswerWebhooks(
      WebhookSender sender, CallTimers timers, SimProperties properties, CallPlayback playback) {
    this.sender = sender;
    this.timers = timers;
    this.properties = properties;
    this.playback = playback;
  }

  /** {@code onTwiml} gets the document, or empty when it could not be fetched. */
  public void connect(SimCall call, Consumer<Optional<String>> onTwiml) {
    CallRequest request = call.request();
    if (request.machineDetection() == null) {
      requestTwiml(call, Map.of(), onTwiml);
      return;
    }
    String verdict = request.machineDetection().answeredBy(call.outcome());
    // A callee who hangs up at once leaves nothing to detect: the verdict is immediate.
    Duration detection =
        call.outcome() == Outcome.HANGUP ? Duration.ZERO : properties.machineDetectionDelay();
    String detectionMillis = Long.toString(detection.toMillis());
    if (request.synchronousAmd()) {
      timers.after(
          detection,
          call,
          () -> {
            if (call.isInProgress()) {
              call.answeredBy(verdict);
              requestTwiml(
                  call,
                  Map.of("AnsweredBy", verdict, "MachineDetectionDuration", detectionMillis),
                  onTwiml);
            }
          });
      return;
    }
    requestTwiml(call, Map.of(), onTwiml);
    boolean mailbox = MachineDetection.AFTER_BEEP.equals(verdict);
    if (mailbox) {
      playback.add(call.sid(), PlayedVerb.of(PlayedVerb.GREETING, MAILBOX_GREETING));
    }
    timers.after(
        detection,
        call,
        () -> {
          if (call.isInProgress()) {
            if (mailbox) {
              // The greeting is over: the beep, and from here on the mailbox records.
              playback.beep(call.sid(), Instant.now().plus(properties.mailboxDuration()));
            }
            call.answeredBy(verdict);
            postAmdResult(call, verdict, detectionMillis);
          }
        });
  }

  /** Fetches the call's TwiML from Url, or hands over the inline Twiml when there is no Url. */
  public void requestTwiml(
      SimCall call, Map<String, String> extra, Consumer<Optional<String>> onTwiml) {
    CallRequest request = call.request();
    if (request.url() == null) {
      onTwiml.accept(Optional.ofNullable(request.twiml()));
      return;
    }
    fetchTwiml(call, request.url(), request.method(), extra, onTwiml);
  }

  /** A {@code <Redirect>}: the next TwiML from {@code url}, with the call's parameters, signed. */
  public void fetchTwiml(
      SimCall call, String url, String method, Consumer<Optional<String>> onTwiml) {
    fetchTwiml(call, url, method, Map.of(), onTwiml);
  }

  private void fetchTwiml(
      SimCall call,
      String url,
      String method,
      Map<String, String> extra,
      Consumer<Optional<String>> onTwiml) {
    CallSnapshot snapshot = call.snapshot();
    CallRequest request = snapshot.request();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("CallSid", snapshot.sid());
    params.put("AccountSid", snapshot.accountSid());
    params.put("From", request.from());
    params.put("To", request.to());
    params.put("CallStatus", "in-progress");
    params.put("Direction", CallSnapshot.DIRECTION);
    params.put("ApiVersion", CallSnapshot.API_VERSION);
    params.putAll(extra);
    WebhookSender.Webhook webhook =
        new WebhookSender.Webhook(snapshot.sid(), "TwiML request", url, method, params);
    call.outbox().send(() -> sender.send(webhook).thenAccept(onTwiml));
  }

  /**
   * Posts the end of a ConversationRelay session to the {@code <Connect action>} URL; {@code
   * onTwiml} gets the next TwiML, or empty when there is none.
   */
  public void postConnectAction(
      SimCall call, String url, Map<String, String> session, Consumer<Optional<String>> onTwiml) {
    CallSnapshot snapshot = call.snapshot();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("CallSid", snapshot.sid());
    params.put("AccountSid", snapshot.accountSid());
    params.put("From", snapshot.request().from());
    params.put("To", snapshot.request().to());
    params.put("CallStatus", "in-progress");
    params.put("Direction", CallSnapshot.DIRECTION);
    params.put("ApiVersion", CallSnapshot.API_VERSION);
    params.putAll(session);
    WebhookSender.Webhook webhook =
        new WebhookSender.Webhook(snapshot.sid(), "Connect action", url, "POST", params);
    call.outbox().send(() -> sender.send(webhook).thenAccept(onTwiml));
  }

  private void postAmdResult(SimCall call, String verdict, String detectionMillis) {
    CallRequest request = call.request();
    if (request.asyncAmdStatusCallback() == null) {
      log.info("{} answered by {}; no AsyncAmdStatusCallback to tell", call.sid(), verdict);
      return;
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("CallSid", call.sid());
    params.put("AccountSid", call.snapshot().accountSid());
    params.put("AnsweredBy", verdict);
    params.put("MachineDetectionDuration", detectionMillis);
    WebhookSender.Webhook webhook =
        new WebhookSender.Webhook(
            call.sid(),
            "AMD callback " + verdict,
            request.asyncAmdStatusCallback(),
            request.asyncAmdStatusCallbackMethod(),
            params);
    call.outbox().send(() -> sender.send(webhook));
  }
}
