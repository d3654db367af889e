package dev.dialer.sim.call;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.callback.AnswerWebhooks;
import dev.dialer.sim.callback.CallbackEvent;
import dev.dialer.sim.callback.StatusCallbacks;
import dev.dialer.sim.callee.Callees;
import dev.dialer.sim.callee.RelayTwiml;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Plays a call: queued → initiated → ringing → the callee's outcome, and hang-ups from the API. */
@Component
class CallLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CallLifecycle.class);

  private final CallTimers timers;
  private final StatusCallbacks statusCallbacks;
  private final AnswerWebhooks answerWebhooks;
  private final SimProperties properties;
  private final Clock clock;
  private final Callees callees;
  private final List<CallObserver> observers;
  private final CallPlayback playback;
  private final TwimlFlow flow;

  CallLifecycle(
      CallTimers timers,
      StatusCallbacks statusCallbacks,
      AnswerWebhooks answerWebhooks,
      SimProperties properties,
      Clock clock,
      Callees callees,
      List<CallObserver> observers,
      CallPlayback playback,
      TwimlFlow flow) {
    this.flow = flow;
    this.callees = callees;
    this.playback = playback;
    this.timers = timers;
    this.statusCallbacks = statusCallbacks;
    this.answerWebhooks = answerWebhooks;
    this.properties = properties;
    this.clock = clock;
    this.observers = observers;
  }

  void begin(SimCall call) {
    timers.after(properties.dialDelay(), call, () -> initiate(call));
  }

  private void initiate(SimCall call) {
    if (!call.markInitiated(clock.instant())) {
      return;
    }
    log.info("{} dialing {}, callee will {}", call.sid(), call.request().to(), call.outcome());
    statusCallbacks.publish(call, CallbackEvent.INITIATED);
    Outcome outcome = call.outcome();
    if (outcome.rings()) {
      timers.after(properties.dialDelay(), call, () -> ring(call));
    } else {
      Duration untilRefused = call.scenario().ring().orElse(properties.dialDelay());
      timers.after(untilRefused, call, () -> finish(call, outcome.unansweredStatus()));
    }
  }

  private void ring(SimCall call) {
    if (!call.markRinging(clock.instant())) {
      return;
    }
    statusCallbacks.publish(call, CallbackEvent.RINGING);
    Duration timeout = call.request().timeout();
    Duration ring = call.scenario().ring().orElseGet(() -> defaultRing(call.outcome(), timeout));
    if (call.outcome().answers() && ring.compareTo(timeout) < 0) {
      timers.after(ring, call, () -> answer(call));
    } else {
      Duration untilGiveUp = ring.compareTo(timeout) < 0 ? ring : timeout;
      timers.after(untilGiveUp, call, () -> finish(call, CallStatus.NO_ANSWER));
    }
  }

  private Duration defaultRing(Outcome outcome, Duration timeout) {
    return outcome == Outcome.NO_ANSWER && properties.noAnswerRingsUntilTimeout()
        ? timeout
        : properties.ringDuration();
  }

  private void answer(SimCall call) {
    if (!call.markAnswered(clock.instant())) {
      return;
    }
    log.info("{} answered ({})", call.sid(), call.outcome());
    statusCallbacks.publish(call, CallbackEvent.ANSWERED);
    int generation = call.nextTwimlGeneration();
    answerWebhooks.connect(call, twiml -> onTwiml(call, generation, twiml));
    Duration talk =
        call.scenario()
            .talk()
            .orElse(call.outcome() == Outcome.HANGUP ? Duration.ZERO : properties.talkDuration());
    hangUpAfter(talk, call);
  }

  /** A callee in a conversation stays on the line until the conversation is over. */
  private void hangUpAfter(Duration talk, SimCall call) {
    timers.after(
        talk,
        call,
        () -> {
          if (callees.talking(call)
              || playback.bridged(call.sid())
              || playback.recording(call.sid(), clock.instant())) {
            hangUpAfter(talk, call);
          } else {
            finish(call, CallStatus.COMPLETED);
          }
        });
  }

  private void onTwiml(SimCall call, int generation, Optional<String> twiml) {
    onTwiml(call, generation, twiml, call.request().url());
  }

  private void onTwiml(SimCall call, int generation, Optional<String> twiml, String documentUrl) {
    if (!call.acceptTwiml(generation, twiml.orElse(null))) {
      log.debug("{} ignoring TwiML superseded by a redirect", call.sid());
      return;
    }
    if (twiml.isEmpty()) {
      // Without FallbackUrl Twilio says "an application error has occurred" and hangs up.
      log.warn("{} got no TwiML; hanging up as after an application error", call.sid());
      finish(call, CallStatus.COMPLETED);
      return;
    }
    flow.run(
        call, generation, TwimlStep.parse(twiml.get()), 0, documentUrl, this::play, this::onTwiml);
  }

  /** Plays verbs other than Pause and Redirect; true when they end the document. */
  private boolean play(SimCall call, int generation, String twiml) {
    TwimlVerbs verbs = TwimlVerbs.parse(twiml);
    verbs.says().forEach(text -> playback.add(call.sid(), PlayedVerb.of(PlayedVerb.SAY, text)));
    if (verbs.dial().isPresent()) {
      transfer(call, verbs.dial().get());
      return true;
    }
    if (twiml.contains("<Hangup")) {
      log.info("{} TwiML says <Hangup/>", call.sid());
      finish(call, CallStatus.COMPLETED);
      return true;
    }
    Optional<RelayTwiml> relay = RelayTwiml.parse(twiml);
    if (relay.isEmpty()) {
      return false;
    }
    // Whoever answered, the relay is connected (a machine's socket is not opened: it does not
    // talk).
    playback.add(call.sid(), PlayedVerb.of(PlayedVerb.CONNECT, relay.get().url()));
    if (call.outcome() == Outcome.HUMAN) {
      int next = call.nextTwimlGeneration();
      callees.converse(call, twiml, after -> onTwiml(call, next, after));
    }
    return true;
  }

  /**
   * {@code <Dial>}: the call is bridged to the target, whose number's last digit says whether it
   * answers (as for any callee); an answered leg talks for talkDuration, an unanswered one rings
   * for ringDuration. Then both hang up.
   */
  private void transfer(SimCall call, TwimlVerbs.Dial dial) {
    boolean answered =
        !dial.number().isEmpty() && Outcome.forNumber(dial.number()) == Outcome.HUMAN;
    Instant started = clock.instant();
    log.info("{} dials {} ({})", call.sid(), dial.number(), answered ? "answers" : "no answer");
    playback.bridge(
        call.sid(),
        new PlayedVerb(PlayedVerb.DIAL, null, dial.number(), dial.callerId(), null, null));
    Duration up = answered ? properties.talkDuration() : properties.ringDuration();
    timers.after(
        up,
        call,
        () -> {
          playback.unbridge(
              call.sid(),
              new PlayedVerb(
                  PlayedVerb.DIAL,
                  null,
                  dial.number(),
                  dial.callerId(),
                  answered,
                  answered ? Duration.between(started, clock.instant()).toSeconds() : 0L));
          finish(call, CallStatus.COMPLETED);
        });
  }

  /** Status=completed: hangs up a live call; a call not answered yet ends as canceled. */
  void hangUp(SimCall call) {
    if (!finish(call, CallStatus.COMPLETED)) {
      finish(call, CallStatus.CANCELED);
    }
  }

  /** Status=canceled: ends a queued or ringing call; an answered call is left alone. */
  void cancel(SimCall call) {
    finish(call, CallStatus.CANCELED);
  }

  /** New Url or Twiml on a live call; a call not answered yet uses it when it is answered. */
  void redirect(SimCall call) {
    if (call.isInProgress()) {
      callees.callEnded(call);
      int generation = call.nextTwimlGeneration();
      answerWebhooks.requestTwiml(call, Map.of(), twiml -> onTwiml(call, generation, twiml));
    }
  }

  private boolean finish(SimCall call, CallStatus finalStatus) {
    if (!call.finish(finalStatus, clock.instant())) {
      return false;
    }
    log.info("{} ended {}", call.sid(), finalStatus.wire());
    callees.callEnded(call);
    statusCallbacks.publish(call, CallbackEvent.COMPLETED);
    observers.forEach(observer -> observer.ended(call));
    return true;
  }
}
