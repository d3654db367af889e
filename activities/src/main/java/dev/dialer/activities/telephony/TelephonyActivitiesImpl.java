package dev.dialer.activities.telephony;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.type.PhoneNumber;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.activities.call.NewCall;
import dev.dialer.activities.compliance.ComplianceActivitiesImpl;
import dev.dialer.activities.compliance.ComplianceInputException;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallSnapshot;
import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.call.DialRequest;
import dev.dialer.workflows.call.DialResult;
import dev.dialer.workflows.call.FetchCallRequest;
import dev.dialer.workflows.call.HangUpRequest;
import dev.dialer.workflows.call.TelephonyActivities;
import io.temporal.failure.ApplicationFailure;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class TelephonyActivitiesImpl implements TelephonyActivities {

  private static final Logger log = LoggerFactory.getLogger(TelephonyActivitiesImpl.class);

  /** Error type of the retryable failure of a try that found an earlier one maybe still dialing. */
  static final String EARLIER_TRY_IN_FLIGHT = "EarlierDialInFlight";

  /** Error type of the retryable failure of a try that lost the attempt to another try. */
  static final String DIAL_TAKEN_OVER = "DialTakenOver";

  private static final String DETECT_MESSAGE_END = "DetectMessageEnd";

  private static final List<String> STATUS_EVENTS =
      List.of("initiated", "ringing", "answered", "completed");

  private final TwilioRestClient twilio;
  private final CallLedger ledger;
  private final CallbackUrls urls;
  private final CallAdoption adoption;
  private final DialerProperties.TwilioSettings settings;
  private final DialCheckpoint checkpoint;
  private final DialPacer pacer;
  private final DialGate gate;
  private final RecordingParams recording;

  public TelephonyActivitiesImpl(
      TwilioRestClient twilio,
      CallLedger ledger,
      CallbackUrls urls,
      CallAdoption adoption,
      DialerProperties properties,
      ObjectProvider<DialCheckpoint> checkpoint,
      DialPacer pacer,
      DialGate gate,
      RecordingParams recording) {
    this.twilio = twilio;
    this.ledger = ledger;
    this.urls = urls;
    this.adoption = adoption;
    this.settings = properties.twilio();
    this.checkpoint = checkpoint.getIfAvailable(() -> DialCheckpoint.NONE);
    this.pacer = pacer;
    this.gate = gate;
    this.recording = recording;
  }

  @Override
  public DialResult dial(DialRequest request) {
    DialWait wait = DialWait.start(DialWait.BUDGET);
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
    // The token first: a try that marks the dial between the two reads shows in the row.
    String seen = ledger.dialToken(request.callId()).orElse(null);
    CallRecord row = ledger.find(request.callId()).orElseThrow();
    if (row.callSid() != null) {
      log.info("callId={} already dialed as {}; adopting it", row.callId(), row.callSid());
      return new DialResult(row.callSid(), row.from(), true);
    }
    if (row.dialStartedAt() != null) {
      if (ledger.dialMayBeInFlight(row.callId(), BaseUrlHttpClient.REQUEST_BOUND)) {
        // The try that marked it may still get Twilio's answer: look once it cannot.
        throw ApplicationFailure.newFailure(
            "an earlier try of " + row.callId() + " may still be creating its call",
            EARLIER_TRY_IN_FLIGHT);
      }
      var earlier = adoption.findEarlierDial(row);
      if (earlier.isPresent()) {
        ledger.attachSid(row.callId(), earlier.get());
        log.info(
            "callId={} found earlier dial {} at Twilio; adopting it", row.callId(), earlier.get());
        return new DialResult(earlier.get(), row.from(), true);
      }
    }
    wait.beat();
    DialPacing pacing = request.pacing();
    // Waits before the dial is marked: a retry after a crash in the wait then dials, instead of
    // asking Twilio for a call that was never placed.
    DialPacer.Taken slot = pacing == null ? null : pacer.awaitSlot(pacing, wait);
    DialPacer.Send send = pacing == null ? null : pacer.admit(pacing, wait);
    Call call;
    try {
      // The last moment a cancellation stops the dial: past the mark, the create goes out.
      wait.beat();
      claim(row, seen, request, wait);
      call = create(row, machineDetection(request), request.detectMessageEnd());
    } finally {
      if (send != null) {
        // Refused or not, the request may have reached the carrier and counts in its second.
        pacer.sent(pacing, slot, send);
      }
    }
    checkpoint.afterCreate(row.callId(), call.getSid());
    ledger.attachSid(row.callId(), call.getSid());
    log.info("callId={} dialed {} as {}", row.callId(), row.to(), call.getSid());
    return new DialResult(call.getSid(), row.from(), false);
  }

  /**
   * Makes this try the owner of the attempt, or throws: non-retryable when compliance no longer
   * allows the call, retryable when another try took the attempt (the retry adopts its call).
   */
  private void claim(CallRecord row, String seen, DialRequest request, DialWait wait) {
    DialGate.Verdict verdict;
    try {
      verdict =
          gate.pass(
              row.callId(),
              row.to(),
              seen,
              UUID.randomUUID().toString(),
              request.recheck(),
              wait.now(),
              checkpoint);
    } catch (ComplianceInputException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          e.field() + ": " + e.getMessage(), ComplianceActivitiesImpl.INVALID_INPUT);
    }
    if (verdict.refusal() != null) {
      log.info(
          "callId={} not dialed: compliance refuses it now ({})",
          row.callId(),
          verdict.refusal().blockedBy());
      throw ApplicationFailure.newNonRetryableFailure(
          "compliance no longer allows the call: " + verdict.refusal().blockedBy(),
          DIAL_NOT_ALLOWED,
          verdict.refusal());
    }
    if (!verdict.owned()) {
      log.info("callId={}: another try owns the dial; this one sends nothing", row.callId());
      throw ApplicationFailure.newFailure(
          "another try of " + row.callId() + " owns the dial", DIAL_TAKEN_OVER);
    }
  }

  /** A call with a voicemail message to leave waits for the beep at the end of the greeting. */
  private String machineDetection(DialRequest request) {
    return request.detectMessageEnd() ? DETECT_MESSAGE_END : settings.machineDetection();
  }

  /** {@code awaitAmd}: the greeting waits for the verdict (the call has a voicemail message). */
  private Call create(CallRecord row, String machineDetection, boolean awaitAmd) {
    try {
      CallCreator creator =
          Call.creator(
                  new PhoneNumber(row.to()),
                  new PhoneNumber(row.from()),
                  URI.create(urls.voice(row.callId(), awaitAmd)))
              .setStatusCallback(urls.status(row.callId()))
              .setStatusCallbackEvent(STATUS_EVENTS)
              .setMachineDetection(machineDetection)
              .setAsyncAmd("true")
              .setAsyncAmdStatusCallback(urls.amd(row.callId()))
              .setTimeout((int) settings.ringTimeout().toSeconds());
      return recording.apply(creator, row.callId()).create(twilio);
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
    HangUps.hangUp(twilio, request);
  }

  private static java.time.Instant instant(ZonedDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
