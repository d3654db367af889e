package dev.dialer.workflows.call;

import static dev.dialer.workflows.call.CallWorkflowTesting.recorded;
import static dev.dialer.workflows.call.CallWorkflowTesting.resultOf;
import static dev.dialer.workflows.call.CallWorkflowTesting.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Twilio refusing the account fails every number alike: the call is not an attempt (its campaign
 * gives it back and pauses), while a refusal of the number still is one.
 */
class CallWorkflowSystemicFailureTest {

  private final TelephonyActivities telephony = CallWorkflowTesting.telephony();
  private final CallRecordActivities records = CallWorkflowTesting.records();

  @RegisterExtension
  final TestWorkflowExtension testWorkflow = CallWorkflowTesting.extension(telephony, records);

  @Test
  void givenTwilioRefusesTheAccount_whenDialing_itEndsSystemUnavailableNotDialed(
      CallWorkflow workflow) {
    when(telephony.dial(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "Authenticate",
                TelephonyActivities.TELEPHONY_UNAVAILABLE,
                new DialRejection(20003, "Authenticate")));
    start(workflow);

    CallResult result = resultOf(workflow);

    assertThat(result.disposition()).isEqualTo(Disposition.SYSTEM_UNAVAILABLE);
    assertThat(result.finalStatus()).isEqualTo("not-dialed");
    assertThat(result.errorCode()).isEqualTo(20003);
    assertThat(recorded(records).source()).isEqualTo(CallCompletion.TELEPHONY_UNAVAILABLE);
  }

  @Test
  void givenTwilioRefusesTheNumber_whenDialing_itStillEndsFailed(CallWorkflow workflow) {
    when(telephony.dial(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "invalid To",
                TelephonyActivities.DIAL_REJECTED,
                new DialRejection(21211, "invalid To")));
    start(workflow);

    assertThat(resultOf(workflow).disposition()).isEqualTo(Disposition.FAILED);
  }
}
