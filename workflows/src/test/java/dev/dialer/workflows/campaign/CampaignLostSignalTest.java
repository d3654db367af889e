package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.launch;
import static dev.dialer.workflows.campaign.CampaignTesting.outcome;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.ScriptedCalls.unreported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.Disposition;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A call whose end signal never comes does not hold its slot, nor its contact, forever. */
class CampaignLostSignalTest {

  /** The promise, written out: the settle interval is what this test holds to it. */
  private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenACallsEndSignalIsLost_itsEndIsTakenFromTheLedgerWithinAQuarterHour(
      TestWorkflowEnvironment env) {
    FakeHopper hopper = new FakeHopper(3);
    ScriptedCalls calls =
        new ScriptedCalls(hopper)
            .otherwise(Disposition.COMPLETED, Duration.ofMinutes(1))
            .script(2, unreported(Disposition.COMPLETED, Duration.ofMinutes(2)));
    CampaignTesting.startWorker(env, hopper, calls);
    WorkflowClient client = env.getWorkflowClient();
    Instant start = CampaignTesting.now(env);
    launch(client, settings(new Pacing(5, 5)));

    CampaignOutcome outcome = outcome(client);

    assertThat(outcome.status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(hopper.states()).containsOnlyKeys(ContactState.DONE);
    assertThat(calls.unreported()).extracting(CallEnded::contactId).containsExactly(2L);
    Instant ended = Instant.ofEpochMilli(calls.endsOf(2).get(0).atMillis());
    assertThat(hopper.results())
        .filteredOn(result -> result.contactId() == 2)
        .singleElement()
        .satisfies(
            settled ->
                assertThat(settled.at())
                    .isAfterOrEqualTo(ended)
                    .isBeforeOrEqualTo(start.plus(QUARTER_HOUR).plusSeconds(5)));
  }
}
