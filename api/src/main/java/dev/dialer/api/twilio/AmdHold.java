package dev.dialer.api.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Redirect;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.telephony.CallbackUrls;
import dev.dialer.workflows.call.DispositionRules;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Twilio's idiom for asynchronous AMD: a call that will leave a voicemail is held in silence
 * ({@code <Pause>} then a {@code <Redirect>} back to the voice webhook) until its verdict is
 * stored, so the agent says nothing, least of all the call's purpose, to an answering machine.
 */
@Component
class AmdHold {

  private static final Logger log = LoggerFactory.getLogger(AmdHold.class);

  /** Each pause while no verdict is stored: the verdict is acted on within about a second. */
  static final int PAUSE_SECONDS = 1;

  /**
   * A machine's call is being updated to the voicemail TwiML or hung up; should the Redirect come
   * back first, it keeps waiting, longer, and never reaches the agent.
   */
  static final int MACHINE_PAUSE_SECONDS = 10;

  private final AmdVerdicts verdicts;
  private final CallbackUrls urls;
  private final Duration bound;

  AmdHold(AmdVerdicts verdicts, CallbackUrls urls, DialerProperties properties) {
    this.verdicts = verdicts;
    this.urls = urls;
    this.bound = properties.twilio().amdVerdictWait();
  }

  /**
   * The hold for a call that has waited {@code waited} seconds so far; empty when the agent may
   * connect: a person (or {@code unknown}) answered, or no verdict came within the bound.
   */
  Optional<VoiceResponse> hold(String callId, int waited) {
    Optional<String> verdict = verdicts.answeredBy(callId);
    if (verdict.isPresent() && !DispositionRules.isMachine(verdict.get())) {
      return Optional.empty();
    }
    if (verdict.isPresent()) {
      return Optional.of(pause(callId, MACHINE_PAUSE_SECONDS, waited));
    }
    if (waited >= bound.toSeconds()) {
      log.warn(
          "callId={}: no AMD verdict after {} s of silence; connecting the agent anyway",
          callId,
          waited);
      return Optional.empty();
    }
    return Optional.of(pause(callId, PAUSE_SECONDS, waited));
  }

  /** Back to the call's own voice URL, as it was dialed, with the seconds waited so far. */
  private VoiceResponse pause(String callId, int seconds, int waited) {
    String url =
        urls.voice(callId, true) + "&" + CallbackUrls.AMD_WAIT_PARAM + "=" + (waited + seconds);
    return new VoiceResponse.Builder()
        .pause(new Pause.Builder().length(seconds).build())
        .redirect(new Redirect.Builder(url).method(HttpMethod.POST).build())
        .build();
  }
}
