package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.retry;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.CampaignTesting.startCampaign;
import static dev.dialer.workflows.campaign.ScriptedCalls.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A contact is dialed again after the delay its last disposition asks for, and no more. */
class CampaignRetryTest {

  private static final Duration NO_ANSWER_DELAY = Duration.ofHours(2);
  private static final Duration BUSY_DELAY = Duration.ofMinutes(10);
  private static final Duration TALK = Duration.ofSeconds(40);

  private final FakeHopper hopper = new FakeHopper(3);
  private final ScriptedCalls calls =
      new ScriptedCalls(hopper)
          .script(
              1,
              outcome(Disposition.NO_ANSWER, TALK),
              outcome(Disposition.NO_ANSWER, TALK),
              outcome(Disposition.NO_ANSWER, TALK))
          .script(2, outcome(Disposition.BUSY, TALK), outcome(Disposition.COMPLETED, TALK))
          .script(3, outcome(Disposition.COMPLETED, TALK));

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenRetriesByDisposition_eachRedialWaitsItsDelayAndAnsweredContactsAreDone(
      TestWorkflowEnvironment env) {
    WorkflowClient client =
        startCampaign(
            env,
            hopper,
            calls,
            settings(
                new Pacing(5, 5),
                retry(3, Map.of("NO_ANSWER", NO_ANSWER_DELAY, "BUSY", BUSY_DELAY)),
                null));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(outcome.dispatched()).isEqualTo(6);
    assertRedialedAfter(1, NO_ANSWER_DELAY, 3);
    assertRedialedAfter(2, BUSY_DELAY, 2);
    assertThat(calls.dialsOf(3)).hasSize(1);
    assertThat(hopper.state(1)).isEqualTo(ContactState.EXHAUSTED);
    assertThat(hopper.state(2)).isEqualTo(ContactState.DONE);
    assertThat(hopper.state(3)).isEqualTo(ContactState.DONE);
    assertThat(hopper.savedStates())
        .extracting(CampaignStateChange::status)
        .containsExactly(CampaignStatus.RUNNING, CampaignStatus.COMPLETED);
  }

  /**
   * Each redial comes at least {@code delay} after the previous attempt ended, and within a minute
   * of it: on a timer at the contact's next-eligible time, not at the next poll.
   */
  private void assertRedialedAfter(long contactId, Duration delay, int attempts) {
    List<ScriptedCalls.Dial> dials = calls.dialsOf(contactId);
    List<ScriptedCalls.End> ends = calls.endsOf(contactId);
    assertThat(dials).hasSize(attempts);
    for (int i = 1; i < attempts; i++) {
      long earliest = ends.get(i - 1).atMillis() + delay.toMillis();
      assertThat(dials.get(i).atMillis())
          .as("dial %d of contact %d", i + 1, contactId)
          .isBetween(earliest, earliest + Duration.ofMinutes(1).toMillis());
    }
  }
}
