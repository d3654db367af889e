package dev.dialer.activities.telephony;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import com.twilio.type.Twiml;
import dev.dialer.workflows.call.HandoffActivities;
import dev.dialer.workflows.call.TransferRecord;
import dev.dialer.workflows.call.VoicemailDrop;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class HandoffActivitiesImpl implements HandoffActivities {

  private static final Logger log = LoggerFactory.getLogger(HandoffActivitiesImpl.class);

  private final CallHandoffs handoffs;
  private final TwilioRestClient twilio;

  public HandoffActivitiesImpl(CallHandoffs handoffs, TwilioRestClient twilio) {
    this.handoffs = handoffs;
    this.twilio = twilio;
  }

  @Override
  public void recordTransfer(TransferRecord transfer) {
    handoffs.recordTransfer(transfer);
    log.info(
        "callId={} transfers to {} ({})",
        transfer.callId(),
        transfer.target(),
        transfer.requestedBy());
  }

  /**
   * Replaces the call's TwiML (the conversation it was connected to) with the message and a
   * hang-up. Repeating it repeats the update, which only restarts the message on a machine still
   * recording: the workflow asks once.
   */
  @Override
  public void leaveVoicemail(VoicemailDrop drop) {
    String twiml =
        new VoiceResponse.Builder()
            .say(new Say.Builder(drop.message()).build())
            .hangup(new Hangup.Builder().build())
            .build()
            .toXml();
    try {
      Call.updater(drop.callSid()).setTwiml(new Twiml(twiml)).update(twilio);
    } catch (ApiException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Twilio refused the voicemail update: " + e.getMessage(), "VoicemailRefused");
    }
    handoffs.recordVoicemail(drop.callId(), drop.message());
    log.info("callId={} ({}) voicemail message left", drop.callId(), drop.callSid());
  }
}
