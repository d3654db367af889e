package dev.dialer.sim.callee;

import dev.dialer.sim.call.CallSnapshot;
import dev.dialer.sim.call.SimCall;
import dev.dialer.sim.callback.AnswerWebhooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answering people who talk: a call whose TwiML says {@code <Connect><ConversationRelay>} opens a
 * real WebSocket to its url and plays the persona of the called number. When the session ends the
 * Connect action is posted, and its TwiML says what the call does next.
 */
@Component
public class Callees {

  private static final Logger log = LoggerFactory.getLogger(Callees.class);

  private final HttpClient http = HttpClient.newHttpClient();
  private final AnswerWebhooks webhooks;
  private final Clock clock;
  private final Map<String, CalleeSession> sessions = new ConcurrentHashMap<>();

  Callees(AnswerWebhooks webhooks, Clock clock) {
    this.webhooks = webhooks;
    this.clock = clock;
  }

  /**
   * Starts the conversation if the TwiML connects one; false when it does not.
   *
   * @param onNextTwiml gets the Connect action's answer once the session is over
   */
  public boolean converse(SimCall call, String twiml, Consumer<Optional<String>> onNextTwiml) {
    Optional<RelayTwiml> relay = RelayTwiml.parse(twiml);
    if (relay.isEmpty()) {
      return false;
    }
    CallSnapshot snapshot = call.snapshot();
    Persona persona = Persona.forNumber(snapshot.request().to());
    Instant started = clock.instant();
    CalleeSession[] holder = new CalleeSession[1];
    CalleeSession session =
        new CalleeSession(
            call.sid(),
            persona,
            CalleeSession.setup(
                call.sid(),
                snapshot.accountSid(),
                snapshot.request().from(),
                snapshot.request().to(),
                relay.get().parameters()),
            () -> ended(call, relay.get(), holder[0], started, onNextTwiml));
    holder[0] = session;
    sessions.put(call.sid(), session);
    log.info("{} callee ({}) connects to {}", call.sid(), persona, relay.get().url());
    http.newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(URI.create(relay.get().url()), session)
        .exceptionally(
            failure -> {
              // Nobody to talk to: the callee stays on the line as a callee without a conversation
              // would, and the call ends when they hang up.
              log.warn("{} could not open the relay: {}", call.sid(), failure.toString());
              sessions.remove(call.sid(), session);
              return null;
            });
    return true;
  }

  /** True while the call's conversation is on: the callee stays on the line for it. */
  public boolean talking(SimCall call) {
    CalleeSession session = sessions.get(call.sid());
    return session != null && !session.isEnded();
  }

  /** The call ended under the conversation (REST hang-up, redirect): the socket closes. */
  public void callEnded(SimCall call) {
    CalleeSession session = sessions.get(call.sid());
    if (session != null) {
      session.hangUp();
    }
  }

  /** What was said on the call, from the callee's side; empty for calls without a conversation. */
  public List<ConversationEntry> conversation(String callSid) {
    CalleeSession session = sessions.get(callSid);
    return session == null ? List.of() : session.conversation();
  }

  private void ended(
      SimCall call,
      RelayTwiml relay,
      CalleeSession session,
      Instant started,
      Consumer<Optional<String>> onNextTwiml) {
    if (relay.action() == null || !call.isInProgress()) {
      onNextTwiml.accept(Optional.empty());
      return;
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("SessionId", "VX" + call.sid().substring(2));
    String handoff = session.handoffData();
    params.put("SessionStatus", handoff != null ? "completed" : "failed");
    params.put(
        "SessionDuration", Long.toString(Duration.between(started, clock.instant()).toSeconds()));
    if (handoff != null) {
      params.put("HandoffData", handoff);
    }
    webhooks.postConnectAction(call, relay.action(), params, onNextTwiml);
  }
}
