package dev.dialer.api.call;

import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.activities.call.NewCall;
import dev.dialer.activities.outcome.CallOutcomeStore;
import dev.dialer.activities.telephony.CallHandoffs;
import dev.dialer.api.campaign.CampaignAck;
import dev.dialer.api.campaign.SingleCall;
import dev.dialer.api.campaign.SingleCallCampaigns;
import dev.dialer.api.recording.RecordingStore;
import dev.dialer.api.web.ApiException;
import dev.dialer.api.web.E164;
import dev.dialer.api.web.IdempotencyKey;
import dev.dialer.api.web.IdempotencyKeys;
import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallRequest;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.call.EndCallRequest;
import dev.dialer.workflows.call.VoiceOptions;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Starts calls as CallWorkflows and reads them back from the ledger. */
@Service
public class CallService {

  private static final Logger log = LoggerFactory.getLogger(CallService.class);
  static final Set<String> STATUSES =
      Set.of(
          "scheduled",
          "dialing",
          "queued",
          "initiated",
          "ringing",
          "in-progress",
          "completed",
          "busy",
          "no-answer",
          "failed",
          "canceled",
          "not-dialed");
  private static final int MAX_PARAMETERS = 50;

  private final CallOutcomeStore outcomes;

  /** About a minute of speech: a message longer than that is cut off by many mailboxes. */
  private static final int MAX_VOICEMAIL_LENGTH = 1000;

  private final CallLedger ledger;
  private final WorkflowClient temporal;
  private final DialerProperties properties;
  private final SingleCallCampaigns campaigns;
  private final IdempotencyKeys keys;
  private final RecordingStore recordings;
  private final CallHandoffs handoffs;

  CallService(
      CallLedger ledger,
      WorkflowClient temporal,
      DialerProperties properties,
      SingleCallCampaigns campaigns,
      IdempotencyKeys keys,
      CallOutcomeStore outcomes,
      RecordingStore recordings,
      CallHandoffs handoffs) {
    this.handoffs = handoffs;
    this.ledger = ledger;
    this.outcomes = outcomes;
    this.temporal = temporal;
    this.properties = properties;
    this.campaigns = campaigns;
    this.keys = keys;
    this.recordings = recordings;
  }

  /**
   * With an Idempotency-Key, the key is the callId: a client that retries the same request gets the
   * same call back instead of a second dial; another request under the key is a 409.
   */
  public CallAccepted start(StartCallRequest request, String idempotencyKey) {
    if (request == null) {
      throw ApiException.invalid(null, "The request body is required.");
    }
    String to = E164.of("to", request.to());
    String from =
        request.from() == null ? properties.twilio().callerId() : E164.of("from", request.from());
    Map<String, String> parameters = checkParameters(request.customParameters());
    VoiceOptions voice = voiceOptions(request);
    IdempotencyKey.of(idempotencyKey)
        .ifPresent(key -> keys.claim("call", key, IdempotencyKey.hash(request), "a call"));
    if (request.retry() != null) {
      CampaignAck campaign =
          campaigns.start(
              new SingleCall(
                  to,
                  from,
                  parameters,
                  request.prompt(),
                  request.firstMessage(),
                  request.purpose(),
                  request.retry(),
                  voice,
                  request.recorded()),
              idempotencyKey);
      return new CallAccepted(null, campaign.status().name(), to, from, campaign.id());
    }
    if (request.purpose() != null) {
      throw ApiException.invalid(
          "purpose", "'purpose' applies to a call with 'retry', which runs as a campaign.");
    }
    String callId = callId(idempotencyKey);
    boolean created =
        ledger.create(
            new NewCall(
                callId,
                WorkflowIds.call(callId),
                to,
                from,
                parameters,
                request.prompt(),
                request.firstMessage()));
    if (created && request.recorded()) {
      recordings.recordCall(callId);
    }
    if (!created) {
      CallRecord existing = ledger.find(callId).orElseThrow();
      if (!existing.to().equals(to) || !existing.from().equals(from)) {
        throw new ApiException(
            HttpStatus.CONFLICT,
            "IDEMPOTENCY_KEY_REUSED",
            "Idempotency-Key '"
                + idempotencyKey
                + "' was used for a call to "
                + existing.to()
                + "; use a new key for a different call.",
            "Idempotency-Key");
      }
    }
    handoffs.saveOptions(callId, voice);
    startWorkflow(
        new CallRequest(
            callId,
            to,
            from,
            parameters,
            request.prompt(),
            request.firstMessage(),
            null,
            null,
            properties.media().clarificationTimeout(),
            voice));
    return new CallAccepted(callId, ledger.find(callId).orElseThrow().status(), to, from);
  }

  private void startWorkflow(CallRequest request) {
    CallWorkflow workflow =
        temporal.newWorkflowStub(
            CallWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.call(request.callId()))
                .setTaskQueue(TaskQueues.DIALER)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build());
    try {
      WorkflowClient.start(workflow::run, request);
    } catch (WorkflowExecutionAlreadyStarted e) {
      log.info("callId={} was started before; returning it", request.callId());
    } catch (RuntimeException e) {
      log.error("callId={} could not be started in Temporal", request.callId(), e);
      throw new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "TEMPORAL_UNAVAILABLE",
          "The call was stored but could not be started: Temporal did not answer. Retry with the"
              + " same Idempotency-Key to start it without dialing twice.",
          null);
    }
  }

  /** A single call's transfer number and voicemail message, checked. */
  private static VoiceOptions voiceOptions(StartCallRequest request) {
    List<String> transferTo =
        request.transferTo() == null
            ? List.of()
            : List.of(E164.of("transferTo", request.transferTo()));
    String voicemail = request.voicemailMessage();
    if (voicemail != null && voicemail.length() > MAX_VOICEMAIL_LENGTH) {
      throw ApiException.invalid(
          "voicemailMessage",
          "'voicemailMessage' is longer than " + MAX_VOICEMAIL_LENGTH + " characters.");
    }
    return new VoiceOptions(transferTo, voicemail);
  }

  public CallView get(String callId) {
    CallRecord call = find(callId);
    List<CallEventView> events = ledger.events(callId).stream().map(CallEventView::of).toList();
    return CallView.of(
        call,
        events,
        outcomes.find(callId).orElse(null),
        recordings.latest(callId).orElse(null),
        handoffs.find(callId).orElse(null));
  }

  public CallList list(String status, int limit, int offset) {
    if (status != null && !STATUSES.contains(status)) {
      throw ApiException.invalid(
          "status", "'status' must be one of " + STATUSES.stream().sorted().toList() + ".");
    }
    if (limit < 1 || limit > 500) {
      throw ApiException.invalid("limit", "'limit' must be between 1 and 500.");
    }
    if (offset < 0) {
      throw ApiException.invalid("offset", "'offset' must not be negative.");
    }
    var page = ledger.list(status, limit, offset);
    return new CallList(
        page.total(),
        page.limit(),
        page.offset(),
        page.calls().stream().map(call -> CallView.of(call)).toList());
  }

  public CallAccepted end(String callId, String reason) {
    CallRecord call = find(callId);
    if (call.disposition() != null) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "CALL_ALREADY_ENDED",
          "Call " + callId + " already ended with " + call.disposition() + ".",
          null);
    }
    temporal
        .newWorkflowStub(CallWorkflow.class, WorkflowIds.call(callId))
        .end(new EndCallRequest(reason == null ? "ended through the API" : reason));
    return new CallAccepted(callId, "ending", call.to(), call.from());
  }

  private CallRecord find(String callId) {
    return ledger
        .find(callId)
        .orElseThrow(
            () ->
                new ApiException(
                    HttpStatus.NOT_FOUND,
                    "CALL_NOT_FOUND",
                    "No call with id '" + callId + "'.",
                    null));
  }

  private static String callId(String idempotencyKey) {
    return IdempotencyKey.of(idempotencyKey).orElseGet(() -> UUID.randomUUID().toString());
  }

  private static Map<String, String> checkParameters(Map<String, String> parameters) {
    if (parameters == null) {
      return Map.of();
    }
    if (parameters.size() > MAX_PARAMETERS) {
      throw ApiException.invalid(
          "customParameters", "At most " + MAX_PARAMETERS + " custom parameters.");
    }
    parameters.forEach(
        (name, value) -> {
          if (name.isBlank() || value == null) {
            throw ApiException.invalid(
                "customParameters." + name, "Custom parameters need a name and a string value.");
          }
        });
    return parameters;
  }
}
