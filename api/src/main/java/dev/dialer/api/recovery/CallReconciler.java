package dev.dialer.api.recovery;

import com.twilio.exception.ApiException;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.CallSnapshot;
import dev.dialer.workflows.call.CallStatuses;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.call.DispositionRules;
import dev.dialer.workflows.call.FetchCallRequest;
import dev.dialer.workflows.call.TelephonyActivities;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settles a call whose workflow Temporal lost from what Twilio knows of it by its CallSid, and
 * writes the end to the ledger as the workflow would have. A call Twilio does not know, or one
 * whose dial began but whose CallSid never came back, ends FAILED: it counts as an attempt, so a
 * contact is never dialed more often than its campaign allows.
 *
 * <p>Twilio knows the call's status, length and AMD verdict, not what was said: what the workflow
 * would have heard from the media worker is read from what the media worker wrote itself. An
 * opt-out it listed ends the call OPTED_OUT, and a short call with a transcript had a conversation,
 * so it ends COMPLETED rather than HUNG_UP — as the workflow decides it.
 */
@Component
class CallReconciler {

  private final TelephonyActivities telephony;
  private final CallLedger ledger;
  private final JdbcClient jdbc;

  CallReconciler(TelephonyActivities telephony, CallLedger ledger, JdbcClient jdbc) {
    this.telephony = telephony;
    this.ledger = ledger;
    this.jdbc = jdbc;
  }

  Reconciled reconcile(String callId, String callSid, Instant dialStartedAt) {
    if (callSid == null && dialStartedAt == null) {
      return Reconciled.neverDialed();
    }
    if (callSid == null) {
      return finish(failed(callId, null), CallStatuses.FAILED);
    }
    CallSnapshot call;
    try {
      call = telephony.fetchCall(new FetchCallRequest(callSid));
    } catch (ApiException e) {
      if (e.getStatusCode() != null && e.getStatusCode() == 404) {
        return finish(failed(callId, callSid), CallStatuses.FAILED);
      }
      throw e;
    }
    if (!CallStatuses.isTerminal(call.status())) {
      return Reconciled.live();
    }
    Disposition disposition =
        fromConversation(
            callId, DispositionRules.of(call.status(), call.durationSeconds(), call.answeredBy()));
    return finish(
        new CallResult(
            callId,
            callSid,
            disposition,
            call.status(),
            call.durationSeconds(),
            call.answeredBy(),
            null),
        call.status());
  }

  /** {@link DispositionRules#withConversation}, from what the media worker wrote of the call. */
  private Disposition fromConversation(String callId, Disposition byStatus) {
    if (byStatus != Disposition.HUNG_UP && byStatus != Disposition.COMPLETED) {
      return byStatus;
    }
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM transcript_turn WHERE call_id = :id) AS connected,
                   EXISTS (SELECT 1 FROM dnc_internal d JOIN call_ledger l
                               ON d.phone = l.to_number AND d.source = 'call:' || l.call_id
                            WHERE l.call_id = :id) AS opted_out
            """)
        .param("id", callId)
        .query(
            (rs, row) ->
                DispositionRules.withConversation(
                    byStatus, rs.getBoolean("connected"), rs.getBoolean("opted_out")))
        .single();
  }

  private Reconciled finish(CallResult result, String status) {
    ledger.finish(result, status, Instant.now());
    return Reconciled.ended(result, status);
  }

  private static CallResult failed(String callId, String callSid) {
    return new CallResult(callId, callSid, Disposition.FAILED, null, null, null, null);
  }
}
