package dev.dialer.media.relay;

import dev.dialer.media.MediaProperties;
import dev.dialer.media.context.CallContext;
import dev.dialer.media.context.CallContextStore;
import dev.dialer.workflows.relay.RelayToken;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides whether a relay connection is one of our calls, before anything else happens on it: the
 * token must verify for the setup's callId and CallSid, and the ledger must know that CallSid for
 * that call. Only then is the call's context loaded for the agent.
 */
@Component
class RelayAuthenticator {

  private static final Logger log = LoggerFactory.getLogger(RelayAuthenticator.class);

  private final byte[] secret;
  private final CallContextStore contexts;
  private final Clock clock;

  RelayAuthenticator(MediaProperties properties, CallContextStore contexts, Clock clock) {
    this.secret = properties.relaySecret().getBytes(StandardCharsets.UTF_8);
    this.contexts = contexts;
    this.clock = clock;
    if (secret.length == 0) {
      log.warn("No DIALER_RELAY_SECRET set: every relay connection will be refused");
    }
  }

  /** The call's context when the connection may go on; empty (with the reason logged) if not. */
  Optional<CallContext> authenticate(RelayMessage.Setup setup) {
    String callId = setup.customParameters().get("callId");
    if (secret.length == 0) {
      log.warn("relay for callId={} refused: no relay secret configured", callId);
      return Optional.empty();
    }
    RelayToken.Verdict verdict =
        RelayToken.verify(
            secret,
            setup.customParameters().get("token"),
            callId,
            setup.callSid(),
            clock.instant());
    if (verdict != RelayToken.Verdict.VALID) {
      log.warn(
          "relay for callId={} CallSid={} refused: token {}", callId, setup.callSid(), verdict);
      return Optional.empty();
    }
    Optional<CallContext> context = contexts.find(callId);
    if (context.isEmpty() || !setup.callSid().equals(context.get().callSid())) {
      log.warn(
          "relay for callId={} refused: the ledger has CallSid {}, the relay {}",
          callId,
          context.map(CallContext::callSid).orElse("(no call)"),
          setup.callSid());
      return Optional.empty();
    }
    return context;
  }
}
