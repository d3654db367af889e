package dev.dialer.sim.call;

import dev.dialer.sim.callback.CallOutbox;
import dev.dialer.sim.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated call. Transitions are guarded, so a timer that fires after a hang-up or a cancel
 * finds the call in another state and does nothing.
 */
public final class SimCall {

  private final String sid;
  private final String accountSid;
  private final Outcome outcome;
  private final Scenario scenario;
  private final Instant dateCreated;
  private final CallOutbox outbox = new CallOutbox();
  private final AtomicInteger sequenceNumbers = new AtomicInteger();

  private CallRequest request;
  private CallStatus status = CallStatus.QUEUED;
  private Instant dateUpdated;
  private Instant startTime;
  private Instant answeredAt;
  private Instant endTime;
  private String answeredBy;
  private String twiml;
  private int twimlGeneration;

  SimCall(String sid, String accountSid, CallRequest request, Scenario scenario, Instant now) {
    this.sid = sid;
    this.accountSid = accountSid;
    this.request = request;
    this.scenario = scenario;
    this.outcome =
        scenario.outcome() != null ? scenario.outcome() : Outcome.forNumber(request.to());
    this.dateCreated = now;
    this.dateUpdated = now;
    this.twiml = request.twiml();
  }

  public String sid() {
    return sid;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Scenario scenario() {
    return scenario;
  }

  public CallOutbox outbox() {
    return outbox;
  }

  /** SequenceNumber of the next status callback: 0, 1, 2… per call. */
  public int nextSequenceNumber() {
    return sequenceNumbers.getAndIncrement();
  }

  public synchronized CallRequest request() {
    return request;
  }

  public synchronized boolean isInProgress() {
    return status == CallStatus.IN_PROGRESS;
  }

  /** Dialling starts: Twilio's start_time is the moment the call leaves the queue. */
  synchronized boolean markInitiated(Instant now) {
    if (status != CallStatus.QUEUED || startTime != null) {
      return false;
    }
    startTime = now;
    dateUpdated = now;
    return true;
  }

  synchronized boolean markRinging(Instant now) {
    return move(CallStatus.QUEUED, CallStatus.RINGING, now);
  }

  synchronized boolean markAnswered(Instant now) {
    if (!move(CallStatus.RINGING, CallStatus.IN_PROGRESS, now)) {
      return false;
    }
    answeredAt = now;
    return true;
  }

  /** Ends the call; completed only from in-progress, every other final status only before it. */
  synchronized boolean finish(CallStatus finalStatus, Instant now) {
    boolean allowed =
        finalStatus == CallStatus.COMPLETED
            ? status == CallStatus.IN_PROGRESS
            : status.isBeforeAnswer();
    if (!allowed) {
      return false;
    }
    status = finalStatus;
    dateUpdated = now;
    endTime = startTime != null ? now : null;
    return true;
  }

  public synchronized void answeredBy(String verdict) {
    answeredBy = verdict;
  }

  /** Starts obtaining a TwiML document; only the answer to the latest request may be used. */
  synchronized int nextTwimlGeneration() {
    return ++twimlGeneration;
  }

  /**
   * True while no newer document (a REST update, a Redirect) replaced the one of {@code
   * generation}.
   */
  synchronized boolean isCurrentTwiml(int generation) {
    return generation == twimlGeneration;
  }

  /**
   * A {@code <Redirect>} of the document of {@code generation} starts fetching the next one: its
   * generation, or -1 when an update superseded the document first (the update wins).
   */
  synchronized int continueTwiml(int generation) {
    return generation == twimlGeneration ? ++twimlGeneration : -1;
  }

  /** Keeps the document unless a newer redirect superseded it; false when superseded. */
  synchronized boolean acceptTwiml(int generation, String document) {
    if (generation != twimlGeneration) {
      return false;
    }
    if (document != null) {
      twiml = document;
    }
    return true;
  }

  synchronized void redirect(String url, String method, String newTwiml) {
    request = request.redirectedTo(url, method, newTwiml);
  }

  synchronized void statusCallback(String url, String method) {
    request = request.withStatusCallback(url, method);
  }

  public synchronized CallSnapshot snapshot() {
    Integer duration =
        answeredAt != null && endTime != null
            ? (int) Math.round(Duration.between(answeredAt, endTime).toMillis() / 1000.0)
            : null;
    return new CallSnapshot(
        sid,
        accountSid,
        request,
        outcome,
        status,
        dateCreated,
        dateUpdated,
        startTime,
        endTime,
        duration,
        answeredBy,
        twiml);
  }

  private boolean move(CallStatus from, CallStatus to, Instant now) {
    if (status != from) {
      return false;
    }
    status = to;
    dateUpdated = now;
    return true;
  }
}
