package dev.dialer.sim.call;

import dev.dialer.sim.callback.CallbackEvent;
import java.time.Duration;
import java.util.Set;

/**
 * What a create request asked for, after validation. {@code url} wins over {@code twiml} when both
 * were given, as on Twilio; methods are "GET" or "POST".
 */
public record CallRequest(
    String to,
    String from,
    String url,
    String method,
    String twiml,
    String statusCallback,
    String statusCallbackMethod,
    Set<CallbackEvent> statusCallbackEvents,
    MachineDetection machineDetection,
    boolean asyncAmd,
    String asyncAmdStatusCallback,
    String asyncAmdStatusCallbackMethod,
    Duration timeout) {

  public CallRequest {
    statusCallbackEvents = Set.copyOf(statusCallbackEvents);
  }

  public boolean wants(CallbackEvent event) {
    return statusCallback != null && statusCallbackEvents.contains(event);
  }

  public boolean synchronousAmd() {
    return machineDetection != null && !asyncAmd;
  }

  CallRequest redirectedTo(String newUrl, String newMethod, String newTwiml) {
    return new CallRequest(
        to,
        from,
        newUrl,
        newMethod,
        newTwiml,
        statusCallback,
        statusCallbackMethod,
        statusCallbackEvents,
        machineDetection,
        asyncAmd,
        asyncAmdStatusCallback,
        asyncAmdStatusCallbackMethod,
        timeout);
  }

  CallRequest withStatusCallback(String newStatusCallback, String newMethod) {
    return new CallRequest(
        to,
        from,
        url,
        method,
        twiml,
        newStatusCallback,
        newMethod,
        statusCallbackEvents,
        machineDetection,
        asyncAmd,
        asyncAmdStatusCallback,
        asyncAmdStatusCallbackMethod,
        timeout);
  }
}
