package dev.dialer.activities.telephony;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import dev.dialer.workflows.call.HangUpRequest;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a call at Twilio: cancels it while queued or ringing, completes it once answered. Twilio
 * ignores a cancel of a call answered in the meantime, so such a call is completed after all.
 */
final class HangUps {

  private static final Logger log = LoggerFactory.getLogger(HangUps.class);

  private HangUps() {}

  static void hangUp(TwilioRestClient twilio, HangUpRequest request) {
    Call call = Call.fetcher(request.callSid()).fetch(twilio);
    Call.Status status = call.getStatus();
    if (status != null
        && switch (status) {
          case QUEUED, RINGING, IN_PROGRESS -> false;
          default -> true;
        }) {
      log.info("callSid={} already ended ({}); nothing to hang up", call.getSid(), status);
      return;
    }
    // A status twilio-java cannot read is treated as live: ending a call twice is harmless.
    Call.UpdateStatus target =
        status == Call.Status.IN_PROGRESS
            ? Call.UpdateStatus.COMPLETED
            : Call.UpdateStatus.CANCELED;
    try {
      Call after = Call.updater(request.callSid()).setStatus(target).update(twilio);
      if (target == Call.UpdateStatus.CANCELED && after.getStatus() == Call.Status.IN_PROGRESS) {
        // Answered between fetch and cancel: Twilio ignores a cancel of an answered call.
        Call.updater(request.callSid()).setStatus(Call.UpdateStatus.COMPLETED).update(twilio);
        target = Call.UpdateStatus.COMPLETED;
      }
      log.info("callSid={} hung up ({}): {}", request.callSid(), target, request.reason());
    } catch (ApiException e) {
      if (TwilioErrors.permanent(e) && e.getStatusCode() != 404) {
        // The call moved on between fetch and update (e.g. answered while we canceled): look again.
        throw ApplicationFailure.newFailure(e.getMessage(), "CallStateChanged");
      }
      throw e;
    }
  }
}
