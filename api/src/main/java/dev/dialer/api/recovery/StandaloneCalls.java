package dev.dialer.api.recovery;

import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.activities.campaign.CallExecutions;
import dev.dialer.activities.telephony.CallHandoffs;
import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallRequest;
import dev.dialer.workflows.call.CallWorkflow;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calls of their own (POST /api/calls without retry) that are not final and whose workflow Temporal
 * does not know: ended from Twilio when they were dialed, started again when they never were. A
 * minute's grace leaves alone a call the API is starting right now.
 */
@Component
class StandaloneCalls {

  private static final int PER_PASS = 200;
  private static final Logger log = LoggerFactory.getLogger(StandaloneCalls.class);

  private final JdbcClient jdbc;
  private final CallLedger ledger;
  private final CallExecutions executions;
  private final CallReconciler reconciler;
  private final WorkflowClient temporal;
  private final CallHandoffs handoffs;
  private final Duration clarificationTimeout;

  StandaloneCalls(
      JdbcClient jdbc,
      CallLedger ledger,
      CallExecutions executions,
      CallReconciler reconciler,
      WorkflowClient temporal,
      CallHandoffs handoffs,
      DialerProperties properties) {
    this.handoffs = handoffs;
    this.clarificationTimeout = properties.media().clarificationTimeout();
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.executions = executions;
    this.reconciler = reconciler;
    this.temporal = temporal;
  }

  void recover() {
    List<String> open =
        jdbc.sql(
                """
                SELECT call_id FROM call_ledger
                 WHERE disposition IS NULL AND campaign_id IS NULL
                   AND created_at < now() - interval '1 minute'
                 ORDER BY created_at LIMIT :limit
                """)
            .param("limit", PER_PASS)
            .query(String.class)
            .list();
    for (String callId : open) {
      if (executions.unknownWorkflow(WorkflowIds.call(callId))) {
        ledger.find(callId).ifPresent(this::recover);
      }
    }
  }

  private void recover(CallRecord call) {
    Reconciled reconciled =
        reconciler.reconcile(call.callId(), call.callSid(), call.dialStartedAt());
    switch (reconciled.kind()) {
      case ENDED ->
          log.warn(
              "callId={}: Temporal lost its workflow; ended {} as Twilio reports",
              call.callId(),
              reconciled.result().disposition());
      case LIVE ->
          log.info("callId={}: Temporal lost its workflow; still up at Twilio", call.callId());
      case NEVER_DIALED -> restart(call);
    }
  }

  private void restart(CallRecord call) {
    CallWorkflow workflow =
        temporal.newWorkflowStub(
            CallWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.call(call.callId()))
                .setTaskQueue(TaskQueues.DIALER)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build());
    try {
      WorkflowClient.start(
          workflow::run,
          new CallRequest(
              call.callId(),
              call.to(),
              call.from(),
              call.customParameters(),
              call.prompt(),
              call.firstMessage(),
              null,
              null,
              // What CallService gives a single call: the rebuilt call is the same call.
              clarificationTimeout,
              handoffs.options(call.callId()).orElse(null)));
      log.warn(
          "callId={}: Temporal lost its workflow before the dial; started again", call.callId());
    } catch (WorkflowExecutionAlreadyStarted e) {
      log.info("callId={} was started meanwhile", call.callId());
    }
  }
}
