package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.CALL_ID;
import static dev.dialer.workflows.call.CallWorkflowTesting.TO;
import static dev.dialer.workflows.call.CallWorkflowTesting.blocked;
import static dev.dialer.workflows.call.CallWorkflowTesting.recorded;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/** The check right before the dial: a refused call is never dialed, and says when it may be. */
class CallWorkflowComplianceTest {

  private static final Instant NEXT = Instant.parse("2026-11-19T13:00:00Z");

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();
  private final ComplianceActivities compliance =
      mock(ComplianceActivities.class, withSettings().withoutAnnotations());

  @RegisterExtension
  final TestWorkflowExtension testWorkflow =
      CallWorkflowTesting.extension(telephony, records, compliance);

  @Test
  void givenTheNumberIsOnADoNotCallList_itIsNeverDialed(CallWorkflow workflow) {
    when(compliance.check(any())).thenReturn(blocked(Block.DNC, null, "DNC_INTERNAL"));
    start(workflow);

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.BLOCKED_DNC);
    assertThat(result.nextAllowedAt()).isNull();
    assertThat(result.complianceReason()).contains("DNC_INTERNAL");
    verify(telephony, never()).dial(any());
    assertThat(recorded(records).source()).isEqualTo(CallCompletion.COMPLIANCE);
  }

  @Test
  void givenTheCalleesWindowIsClosed_itIsDeferredWithTheNextAllowedTime(CallWorkflow workflow) {
    when(compliance.check(any())).thenReturn(blocked(Block.WINDOW, NEXT, "FEDERAL_WINDOW"));
    start(workflow);

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.DEFERRED_WINDOW);
    assertThat(result.nextAllowedAt()).isEqualTo(NEXT);
    verify(telephony, never()).dial(any());
  }

  @Test
  void givenACapIsReached_itIsCappedWithTheNextAllowedTime(CallWorkflow workflow) {
    when(compliance.check(any())).thenReturn(blocked(Block.CAP, NEXT, "REG_F_7_IN_7"));
    start(workflow);

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.CAPPED);
    assertThat(result.nextAllowedAt()).isEqualTo(NEXT);
    verify(telephony, never()).dial(any());
  }

  @Test
  void givenTheCheckCannotRun_nothingIsDialed(CallWorkflow workflow) {
    when(compliance.check(any()))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("database down", "Unavailable"));
    start(workflow);

    CallResult result = resultOf(workflow);

    // Not the number's fault: no attempt is counted (and a campaign pauses).
    assertThat(result.disposition()).isEqualTo(Disposition.SYSTEM_UNAVAILABLE);
    verify(telephony, never()).dial(any());
    assertThat(recorded(records).source()).isEqualTo(CallCompletion.COMPLIANCE_UNAVAILABLE);
  }

  @Test
  void theCheckAsksAboutTheCalleeAtTheWorkflowsTime(
      CallWorkflow workflow, TestWorkflowEnvironment environment) {
    when(compliance.check(any())).thenReturn(CallWorkflowTesting.allowed());
    long before = CallWorkflowTesting.aheadOfTheWallClock(environment);
    start(workflow);
    workflow.statusChanged(CallWorkflowTesting.finalUpdate("busy", 0, 0, null));

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.BUSY);
    long after = environment.currentTimeMillis();
    ArgumentCaptor<ComplianceCheckRequest> asked =
        ArgumentCaptor.forClass(ComplianceCheckRequest.class);
    verify(compliance).check(asked.capture());
    assertThat(asked.getValue().phone()).isEqualTo(TO);
    assertThat(asked.getValue().at().toEpochMilli()).isBetween(before, after);
    // The dial repeats exactly the check the call passed, right before its create.
    verify(telephony)
        .dial(
            new DialRequest(
                    CALL_ID,
                    TO,
                    CallWorkflowTesting.FROM,
                    CallWorkflowTesting.request().customParameters())
                .withRecheck(asked.getValue()));
  }
}
