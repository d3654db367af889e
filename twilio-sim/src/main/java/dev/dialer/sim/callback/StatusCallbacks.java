package dev.dialer.sim.callback;

import dev.dialer.sim.call.CallRequest;
import dev.dialer.sim.call.CallSnapshot;
import dev.dialer.sim.call.SimCall;
import dev.dialer.sim.call.TwilioDates;
import dev.dialer.sim.scenario.CallbackFault;
import dev.dialer.sim.scenario.FaultDice;
import dev.dialer.sim.scenario.Scenario;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Fires call-progress status callbacks for the events the create request subscribed to. */
@Component
public class StatusCallbacks {

  private static final Logger log = LoggerFactory.getLogger(StatusCallbacks.class);

  private final WebhookSender sender;
  private final Clock clock;
  private final FaultDice dice;
  private final CallbackLog callbackLog;

  StatusCallbacks(WebhookSender sender, Clock clock, FaultDice dice, CallbackLog callbackLog) {
    this.sender = sender;
    this.clock = clock;
    this.dice = dice;
    this.callbackLog = callbackLog;
  }

  /** Call for every event; it is sent only when subscribed, shaped by the call's scenario. */
  public void publish(SimCall call, CallbackEvent event) {
    CallSnapshot snapshot = call.snapshot();
    CallRequest request = snapshot.request();
    if (request.wants(event)) {
      Map<String, String> params = params(snapshot, event, call.nextSequenceNumber());
      deliver(
          call,
          event,
          new WebhookSender.Webhook(
              snapshot.sid(),
              "status callback " + params.get("CallStatus") + " #" + params.get("SequenceNumber"),
              request.statusCallback(),
              request.statusCallbackMethod(),
              params));
    }
    if (event == CallbackEvent.COMPLETED) {
      call.outbox().releaseHeld();
    }
  }

  private void deliver(SimCall call, CallbackEvent event, WebhookSender.Webhook webhook) {
    Scenario scenario = call.scenario();
    String status = webhook.params().get("CallStatus");
    int sequence = Integer.parseInt(webhook.params().get("SequenceNumber"));
    CallbackFault fault =
        scenario.dropEvents().contains(event)
            ? CallbackFault.DROP
            : dice.callback(call.sid(), call.request().to(), status, sequence);
    if (fault == CallbackFault.REORDER && event == CallbackEvent.COMPLETED) {
      // Nothing comes after the final callback to be overtaken by it.
      fault = CallbackFault.NONE;
    }
    if (fault == CallbackFault.DROP) {
      log.info("{} dropping {}", webhook.callSid(), webhook.purpose());
      callbackLog.skipped(call.sid(), sequence, status, fault);
      return;
    }
    boolean held =
        fault == CallbackFault.REORDER
            || (scenario.deliverOutOfOrder() && event != CallbackEvent.COMPLETED);
    CallbackLog.Entry entry =
        held
            ? callbackLog.skipped(call.sid(), sequence, status, fault)
            : callbackLog.add(call.sid(), sequence, status, fault);
    String token = UUID.randomUUID().toString();
    Supplier<CompletableFuture<?>> delivery =
        () ->
            sender
                .send(webhook, token)
                .thenAccept(body -> callbackLog.delivered(call.sid(), entry, body));
    int copies = scenario.duplicateCallbacks() || fault == CallbackFault.DUPLICATE ? 2 : 1;
    for (int i = 0; i < copies; i++) {
      if (held) {
        call.outbox().hold(delivery);
      } else {
        call.outbox().send(delivery);
      }
    }
  }

  private Map<String, String> params(CallSnapshot call, CallbackEvent event, int sequenceNumber) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("CallSid", call.sid());
    params.put("AccountSid", call.accountSid());
    params.put("From", call.request().from());
    params.put("To", call.request().to());
    params.put("CallStatus", callStatus(call, event));
    params.put("ApiVersion", CallSnapshot.API_VERSION);
    params.put("Direction", CallSnapshot.DIRECTION);
    params.put("ForwardedFrom", "");
    params.put("CallerName", "");
    params.put("Timestamp", TwilioDates.rfc2822(clock.instant()));
    params.put("CallbackSource", "call-progress-events");
    params.put("SequenceNumber", Integer.toString(sequenceNumber));
    if (event == CallbackEvent.COMPLETED) {
      int seconds = call.durationSeconds() == null ? 0 : call.durationSeconds();
      params.put("CallDuration", Integer.toString(seconds));
      params.put("Duration", Integer.toString(call.billedMinutes()));
      params.put("SipResponseCode", call.status().sipResponseCode());
    }
    return params;
  }

  private static String callStatus(CallSnapshot call, CallbackEvent event) {
    return switch (event) {
      case INITIATED -> "initiated";
      case RINGING -> "ringing";
      case ANSWERED -> "in-progress";
      case COMPLETED -> call.status().wire();
    };
  }
}
