package dev.dialer.media.conversation;

import dev.dialer.media.agent.AgentCommand;
import dev.dialer.media.agent.ReplyPiece;
import dev.dialer.media.agent.SystemPrompt;
import dev.dialer.media.context.CallContext;
import dev.dialer.media.outcome.Transcript;
import dev.dialer.media.relay.RelayCodec;
import dev.dialer.media.transcript.TranscriptTurn;
import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.conversation.ClarificationRequested;
import dev.dialer.workflows.conversation.CommandExecuted;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.OptOutRequested;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One call's conversation on one socket, from an accepted {@code setup} to the socket's close. All
 * state changes are synchronized on this object: the socket's messages, the model's callbacks
 * (which may come on the model client's threads) and the silence timer never interleave.
 */
public final class Conversation {

  private static final Logger log = LoggerFactory.getLogger(Conversation.class);

  static final String REPROMPT = "Are you still there?";
  static final String SILENT_GOODBYE = "I will let you go now. Goodbye.";
  static final String MAX_TURNS_GOODBYE =
      "Thank you for your time. I will let you go now. Goodbye.";
  static final String MODEL_TROUBLE =
      "I am sorry, I am having trouble right now. Someone will get back to you. Goodbye.";
  static final String HOLDING_LINE = "One moment please, I am checking that with a colleague.";
  static final String OPT_OUT_CONFIRMATION =
      "You have been removed from our calling list and will not be called again. Goodbye.";

  private final ConversationServices services;
  private final WebSocketSession socket;
  private final CallContext call;
  private final String callSid;
  private final String sessionId;
  private final ChatMemory memory;
  private final Transcript transcript = new Transcript();
  private final Instant startedAt;
  private int seq;
  private int agentTurns;
  private AgentTurn current;
  private String lastCalleeWords;
  private boolean reprompted;
  private boolean holding;
  private boolean ended;
  private boolean outcomeRead;
  private ScheduledFuture<?> silence;

  Conversation(
      ConversationServices services,
      WebSocketSession socket,
      CallContext call,
      String callSid,
      String sessionId) {
    this.services = services;
    this.socket = socket;
    this.call = call;
    this.callSid = callSid;
    this.sessionId = sessionId;
    this.memory = MessageWindowChatMemory.withMaxMessages(200);
    this.startedAt = services.clock.instant();
    memory.add(
        SystemMessage.from(
            SystemPrompt.of(
                call, services.properties.businessName(), services.properties.optOutKey())));
  }

  public String callId() {
    return call.callId();
  }

  /** Puts callId and callSid in the log MDC until closed. */
  public LogContext logContext() {
    return new LogContext(callId(), callSid);
  }

  public synchronized void start() {
    services.live.add(this);
    services.metrics.sessionOpened();
    services.events.connected(
        callId(),
        new MediaConnected(callSid, sessionId, TaskQueues.mediaHost(services.properties.host())));
    respond(System.nanoTime());
  }

  public synchronized void prompt(String words, long receivedNanos) {
    if (ended) {
      return;
    }
    calleeSpoke();
    lastCalleeWords = words;
    saveCallee(words, null);
    memory.add(UserMessage.from(words));
    respond(receivedNanos);
  }

  public synchronized void dtmf(String digit, long receivedNanos) {
    if (ended) {
      return;
    }
    calleeSpoke();
    saveCallee("", digit);
    if (services.properties.optOutKey().equals(digit)) {
      optOut(OptOutRequested.KEYPAD, "pressed " + digit);
      speak(OPT_OUT_CONFIRMATION);
      endWith("opt_out");
      return;
    }
    memory.add(UserMessage.from("The callee pressed " + digit + "."));
    respond(receivedNanos);
  }

  /**
   * The callee spoke over the agent: the rest of the reply is dropped, memory keeps what they
   * heard.
   */
  public synchronized void interrupt(String heard) {
    AgentTurn turn = current;
    if (turn == null || turn.interrupted()) {
      return;
    }
    services.metrics.interrupted();
    turn.heard = heard;
    if (turn.complete) {
      replaceLastAgentMessage(heard);
      saveAgent(turn);
    }
  }

  /** Text from the call's workflow (a supervisor's line): spoken and kept in memory. */
  public synchronized void say(String text) {
    if (!ended) {
      speak(text);
    }
  }

  /**
   * The end of the wait for a supervisor: their answer, in the agent's memory as context so later
   * replies know it, or the fallback line when no one answered; spoken either way.
   */
  public synchronized void clarified(String question, String response, boolean answered) {
    if (ended) {
      return;
    }
    memory.add(
        UserMessage.from(
            answered
                ? "[supervisor] The answer to \"" + question + "\" is: " + response
                : "[supervisor] No one could answer \"" + question + "\" in time."));
    speak(response);
    if (holding) {
      holding = false;
      awaitCallee();
    }
  }

  /**
   * The workflow's answer to a transfer: the line is spoken either way; an allowed transfer then
   * ends the session with the handoffData the Connect action dials from, a refused one lets the
   * conversation go on.
   */
  public synchronized void transfer(String target, String line, boolean allowed) {
    if (ended) {
      return;
    }
    speak(line);
    if (allowed) {
      Map<String, String> handoff = new LinkedHashMap<>();
      handoff.put("reason", "transfer");
      handoff.put("target", target);
      handoff.put("summary", summary());
      end(RelayCodec.handoff(handoff));
    } else if (holding) {
      holding = false;
      awaitCallee();
    }
  }

  /** What the person taking the call should know first. */
  private String summary() {
    String about =
        call.campaignName() != null
            ? "Call for campaign " + call.campaignName()
            : "Call to " + call.customerPhone();
    return lastCalleeWords == null
        ? about + "."
        : about + "; the callee last said: \"" + lastCalleeWords + "\"";
  }

  public synchronized void sendDigits(String digits) {
    if (!ended) {
      send(RelayCodec.sendDigits(digits));
    }
  }

  public synchronized void end(String handoffData) {
    if (!ended) {
      ended = true;
      cancelSilence();
      send(RelayCodec.end(handoffData));
    }
  }

  public synchronized void closed() {
    ended = true;
    cancelSilence();
    services.live.remove(this);
    services.metrics.sessionClosed();
    if (!outcomeRead) {
      // However the socket closed: the call's workflow waits for an outcome of every conversation.
      outcomeRead = true;
      services.outcomes.ended(call, callSid, transcript, startedAt);
    }
  }

  private void respond(long receivedNanos) {
    if (agentTurns >= services.properties.maxTurns()) {
      speak(MAX_TURNS_GOODBYE);
      endWith("max_turns");
      return;
    }
    AgentTurn turn = new AgentTurn(this, ++seq, services.clock.instant(), receivedNanos);
    current = turn;
    agentTurns++;
    List<ChatMessage> messages = memory.messages();
    turn.requestNanos = System.nanoTime();
    services.model.chat(ChatRequest.builder().messages(messages).build(), turn);
  }

  synchronized void token(AgentTurn turn, String token) {
    if (turn.firstTokenNanos == 0) {
      turn.firstTokenNanos = System.nanoTime();
    }
    if (turn != current || turn.interrupted() || ended) {
      return;
    }
    for (ReplyPiece piece : turn.parser.feed(token)) {
      play(turn, piece);
    }
  }

  synchronized void complete(AgentTurn turn) {
    if (turn != current || turn.complete) {
      return;
    }
    if (!turn.interrupted() && !ended) {
      turn.parser.finish().forEach(piece -> play(turn, piece));
      sendText(turn, "", true);
    }
    turn.complete = true;
    memory.add(AiMessage.from(turn.text()));
    saveAgent(turn);
    services.metrics.latencies(
        nanos(turn.requestNanos - turn.receivedNanos),
        turn.firstTokenNanos == 0 ? null : nanos(turn.firstTokenNanos - turn.receivedNanos),
        turn.firstFrameNanos == 0 ? null : nanos(turn.firstFrameNanos - turn.receivedNanos));
    if (!turn.interrupted()) {
      turn.commands.forEach(this::execute);
    }
    if (!ended && !holding) {
      awaitCallee();
    }
  }

  synchronized void failed(AgentTurn turn, Throwable error) {
    log.warn("call {}: the model failed: {}", callId(), error.toString());
    if (turn == current && !ended) {
      turn.complete = true;
      speak(MODEL_TROUBLE);
      endWith("model_error");
    }
  }

  private void play(AgentTurn turn, ReplyPiece piece) {
    if (piece.isText()) {
      sendText(turn, piece.text(), false);
      turn.spoken.append(piece.text());
      return;
    }
    AgentCommand command = piece.command();
    services.metrics.command(command.name());
    if (AgentCommand.PRESS.equals(command.name())) {
      send(RelayCodec.sendDigits(command.argument()));
      turn.digits.append(command.argument());
      signal(command);
    } else {
      turn.commands.add(command);
    }
  }

  private void execute(AgentCommand command) {
    signal(command);
    switch (command.name()) {
      case AgentCommand.END_CALL -> endWith("end_call");
      case AgentCommand.OPT_OUT -> {
        optOut(OptOutRequested.VOICE, lastCalleeWords);
        endWith("opt_out");
      }
      case AgentCommand.REQUEST_USER -> {
        // The callee is kept company, not timed out for silence, until the workflow's answer or
        // fallback comes back through clarified.
        holding = true;
        speak(HOLDING_LINE);
        services.events.clarificationRequested(
            callId(), new ClarificationRequested(callSid, command.argument()));
      }
      // The callee is not timed out for silence while the workflow decides on the transfer.
      case AgentCommand.TRANSFER -> holding = true;
      default -> log.info("call {}: {} handed to the workflow", callId(), command.name());
    }
  }

  private void signal(AgentCommand command) {
    services.events.commandExecuted(
        callId(), new CommandExecuted(callSid, command.name(), command.argument()));
    services.transcripts.commandExecuted(callId(), callSid, command.name(), command.argument());
  }

  private void optOut(String via, String words) {
    services.metrics.command(AgentCommand.OPT_OUT);
    services.optOuts.add(callId(), words);
    services.events.optOut(callId(), new OptOutRequested(callSid, via, words));
  }

  /** A fixed line, not from the model: spoken as one turn and kept in memory. */
  private void speak(String text) {
    AgentTurn turn = new AgentTurn(this, ++seq, services.clock.instant(), System.nanoTime());
    current = turn;
    sendText(turn, text, true);
    turn.spoken.append(text);
    turn.complete = true;
    memory.add(AiMessage.from(text));
    saveAgent(turn);
  }

  private void endWith(String reason) {
    end(RelayCodec.handoff(Map.of("reason", reason)));
  }

  private void sendText(AgentTurn turn, String token, boolean last) {
    if (turn.firstFrameNanos == 0) {
      turn.firstFrameNanos = System.nanoTime();
    }
    send(RelayCodec.text(token, last));
  }

  private void send(String frame) {
    try {
      socket.sendMessage(new TextMessage(frame));
    } catch (IOException | IllegalStateException e) {
      log.warn("call {}: could not send to the relay: {}", callId(), e.toString());
    }
  }

  private void replaceLastAgentMessage(String heard) {
    List<ChatMessage> messages = new ArrayList<>(memory.messages());
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i) instanceof AiMessage) {
        messages.set(i, AiMessage.from(heard));
        break;
      }
    }
    memory.set(messages);
  }

  private void calleeSpoke() {
    cancelSilence();
    reprompted = false;
  }

  private void awaitCallee() {
    cancelSilence();
    Duration timeout = services.properties.silenceTimeout();
    silence = services.timers.schedule(this::silent, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void silent() {
    if (ended) {
      return;
    }
    if (!reprompted) {
      reprompted = true;
      speak(REPROMPT);
      awaitCallee();
      return;
    }
    speak(SILENT_GOODBYE);
    endWith("silence");
  }

  private void cancelSilence() {
    if (silence != null) {
      silence.cancel(false);
      silence = null;
    }
  }

  private void saveCallee(String text, String digit) {
    services.metrics.turn(TranscriptTurn.CALLEE);
    transcript.callee(seq + 1, text, digit);
    var now = services.clock.instant();
    services.transcripts.save(
        new TranscriptTurn(
            callId(),
            callSid,
            ++seq,
            TranscriptTurn.CALLEE,
            text,
            digit,
            false,
            now,
            now,
            null,
            null,
            null));
  }

  private void saveAgent(AgentTurn turn) {
    services.metrics.turn(TranscriptTurn.AGENT);
    transcript.agent(turn.seq, turn.text());
    boolean fromModel = turn.requestNanos != 0;
    services.transcripts.save(
        new TranscriptTurn(
            callId(),
            callSid,
            turn.seq,
            TranscriptTurn.AGENT,
            turn.text(),
            turn.digits.isEmpty() ? null : turn.digits.toString(),
            turn.interrupted(),
            turn.startedAt,
            services.clock.instant(),
            fromModel ? millis(turn.requestNanos - turn.receivedNanos) : null,
            fromModel && turn.firstTokenNanos != 0
                ? millis(turn.firstTokenNanos - turn.receivedNanos)
                : null,
            fromModel && turn.firstFrameNanos != 0
                ? millis(turn.firstFrameNanos - turn.receivedNanos)
                : null));
  }

  private static Duration nanos(long nanos) {
    return Duration.ofNanos(Math.max(0, nanos));
  }

  private static Double millis(long nanos) {
    return Math.max(0, nanos) / 1_000_000.0;
  }
}
