package dev.dialer.activities.telephony;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.activities.call.NewCall;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallSnapshot;
import dev.dialer.workflows.call.DialRequest;
import dev.dialer.workflows.call.DialResult;
import dev.dialer.workflows.call.FetchCallRequest;
import dev.dialer.workflows.call.HangUpRequest;
import dev.dialer.workflows.call.TelephonyActivities;
import io.temporal.failure.ApplicationFailure;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class TelephonyActivitiesImpl implements TelephonyActivities {

  private static final Logger log = LoggerFactory.getLogger(TelephonyActivitiesImpl.class);
  private static final List<String> STATUS_EVENTS =
      List.of("initiated", "ringing", "answered", "completed");

  private final TwilioRestClient twilio;
  private final CallLedger ledger;
  private final CallbackUrls urls;
  private final CallAdoption adoption;
  private final DialerProperties.TwilioSettings settings;
  private final DialCheckpoint checkpoint;
  private final DialPacer pacer;

  public TelephonyActivitiesImpl(
      TwilioRestClient twilio,
      CallLedger ledger,
      CallbackUrls urls,
      CallAdoption adoption,
      DialerProperties properties,
      ObjectProvider<DialCheckpoint> checkpoint,
      DialPacer pacer) {
    this.twilio = twilio;
    this.ledger = ledger;
    this.urls = urls;
    this.adoption = adoption;
    this.settings = properties.twilio();
    this.checkpoint = checkpoint.getIfAvailable(() -> DialCheckpoint.NONE);
    this.pacer = pacer;
  }

  @Override
  public DialResult dial(DialRequest request) {
    String from = request.from() == null ? settings.callerId() : request.from();
    ledger.create(
        new NewCall(
            request.callId(),
            WorkflowIds.call(request.callId()),
            request.to(),
            from,
            request.customParameters(),
            null,
            null));
    CallRecord row = ledger.find(request.callId()).orElseThrow();
    if (row.callSid() != null) {
      log.info("callId={} already dialed as {}; adopting it", row.callId(), row.callSid());
      return new DialResult(row.callSid(), row.from(), true);
    }
    if (row.dialStartedAt() != null) {
      var earlier = adoption.findEarlierDial(row);
      if (earlier.isPresent()) {
        ledger.attachSid(row.callId(), earlier.get());
        log.info(
            "callId={} found earlier dial {} at Twilio; adopting it", row.callId(), earlier.get());
        return new DialResult(earlier.get(), row.from(), true);
      }
    }
    DialPacer.Taken slot = null;
    if (request.pacing() != null) {
      // Waits before the dial is marked: a retry after a crash in the wait then dials, instead of
      // asking Twilio for a call that was never placed.
      slot = pacer.awaitSlot(request.pacing());
    }
    ledger.markDialStarted(row.callId());
    Call call;
    if (slot == null) {
      call = create(row);
    } else {
      DialPacer.Send send = pacer.admit(request.pacing());
      try {
        call = create(row);
      } finally {
        // Refused or not, the request reached the carrier and counts in its second.
        pacer.sent(request.pacing(), slot, send);
      }
    }
    checkpoint.afterCreate(row.callId(), call.getSid());
    ledger.attachSid(row.callId(), call.getSid());
    log.info("callId={} dialed {} as {}", row.callId(), row.to(), call.getSid());
    return new DialResult(call.getSid(), row.from(), false);
  }

  private Call create(CallRecord row) {
    try {
      return Call.creator(
              new PhoneNumber(row.to()),
              new PhoneNumber(row.from()),
              URI.create(urls.voice(row.callId())))
          .setStatusCallback(urls.status(row.callId()))
          .setStatusCallbackEvent(STATUS_EVENTS)
          .setMachineDetection(settings.machineDetection())
          .setAsyncAmd("true")
          .setAsyncAmdStatusCallback(urls.amd(row.callId()))
          .setTimeout((int) settings.ringTimeout().toSeconds())
          .create(twilio);
    } catch (ApiException e) {
      throw TwilioErrors.forDial(e);
    }
  }

  @Override
  public CallSnapshot fetchCall(FetchCallRequest request) {
    Call call = Call.fetcher(request.callSid()).fetch(twilio);
    return new CallSnapshot(
        call.getSid(),
        call.getStatus() == null ? null : call.getStatus().toString(),
        call.getDuration() == null ? null : Integer.valueOf(call.getDuration()),
        call.getAnsweredBy(),
        instant(call.getStartTime()),
        instant(call.getEndTime()));
  }

  @Override
  public void hangUp(HangUpRequest request) {
    Call call = Call.fetcher(request.callSid()).fetch(twilio);
    Call.UpdateStatus target =
        switch (call.getStatus()) {
          case QUEUED, RINGING -> Call.UpdateStatus.CANCELED;
          case IN_PROGRESS -> Call.UpdateStatus.COMPLETED;
          default -> null;
        };
    if (target == null) {
      log.info(
          "callSid={} already ended ({}); nothing to hang up", call.getSid(), call.getStatus());
      return;
    }
    try {
      Call.updater(request.callSid()).setStatus(target).update(twilio);
      log.info("callSid={} hung up ({}): {}", request.callSid(), target, request.reason());
    } catch (ApiException e) {
      if (TwilioErrors.permanent(e) && e.getStatusCode() != 404) {
        // The call moved on between fetch and update (e.g. answered while we canceled): look again.
        throw ApplicationFailure.newFailure(e.getMessage(), "CallStateChanged");
      }
      throw e;
    }
  }

  private static java.time.Instant instant(ZonedDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
