package dev.dialer.sim.call;

import dev.dialer.sim.callback.AnswerWebhooks;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a TwiML document's steps in order, as Twilio does: {@code <Pause>} waits on the call's timer
 * and {@code <Redirect>} fetches the next document; both are recorded in the call's played verbs. A
 * step whose document was superseded (the call was updated, or hung up) does nothing.
 */
@Component
class TwimlFlow {

  private static final Logger log = LoggerFactory.getLogger(TwimlFlow.class);

  private final CallTimers timers;
  private final CallPlayback playback;
  private final AnswerWebhooks webhooks;

  TwimlFlow(CallTimers timers, CallPlayback playback, AnswerWebhooks webhooks) {
    this.timers = timers;
    this.playback = playback;
    this.webhooks = webhooks;
  }

  /** Plays a run of other verbs; true when it ends the document (Dial, Hangup, Connect). */
  interface Player {
    boolean play(SimCall call, int generation, String verbs);
  }

  /** Gets the document a Redirect fetched, for the generation the Redirect started. */
  interface Next {
    void fetched(SimCall call, int generation, Optional<String> twiml, String documentUrl);
  }

  /**
   * @param documentUrl where the document came from: a relative Redirect resolves against it
   */
  void run(
      SimCall call,
      int generation,
      List<TwimlStep> steps,
      int from,
      String documentUrl,
      Player player,
      Next next) {
    for (int i = from; i < steps.size(); i++) {
      if (!call.isInProgress() || !call.isCurrentTwiml(generation)) {
        log.debug("{} stops a superseded document", call.sid());
        return;
      }
      TwimlStep step = steps.get(i);
      if (step instanceof TwimlStep.Verbs verbs) {
        if (player.play(call, generation, verbs.twiml())) {
          return;
        }
      } else if (step instanceof TwimlStep.Pause pause) {
        playback.add(
            call.sid(),
            new PlayedVerb(PlayedVerb.PAUSE, null, null, null, null, pause.length().toSeconds()));
        int after = i + 1;
        timers.after(
            pause.length(),
            call,
            () -> run(call, generation, steps, after, documentUrl, player, next));
        return;
      } else if (step instanceof TwimlStep.Redirect redirect) {
        String url = resolve(documentUrl, redirect.url());
        playback.add(call.sid(), PlayedVerb.of(PlayedVerb.REDIRECT, url));
        int fetching = call.continueTwiml(generation);
        if (fetching < 0) {
          return;
        }
        log.info("{} redirects to {}", call.sid(), url);
        webhooks.fetchTwiml(
            call, url, redirect.method(), twiml -> next.fetched(call, fetching, twiml, url));
        return;
      }
    }
  }

  /** A relative URL resolves against the document's own URL, as a browser's would. */
  static String resolve(String documentUrl, String url) {
    if (documentUrl == null || URI.create(url).isAbsolute()) {
      return url;
    }
    return URI.create(documentUrl).resolve(url).toString();
  }
}
