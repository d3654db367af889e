package dev.dialer.workflows.campaign;

import static dev.dialer.workflows.campaign.CampaignTesting.retry;
import static dev.dialer.workflows.campaign.CampaignTesting.settings;
import static dev.dialer.workflows.campaign.CampaignTesting.startCampaign;
import static dev.dialer.workflows.campaign.ScriptedCalls.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A call not dialed for a fault of the system pauses its campaign and gives its attempt back. */
class CampaignSystemicPauseTest {

  private final FakeHopper hopper = new FakeHopper(2);
  private final ScriptedCalls calls =
      new ScriptedCalls(hopper)
          .script(1, outcome(Disposition.SYSTEM_UNAVAILABLE, Duration.ZERO))
          .script(2, outcome(Disposition.COMPLETED, Duration.ofSeconds(40)));

  @RegisterExtension final TestWorkflowExtension testWorkflow = CampaignTesting.extension();

  @Test
  void givenACallEndsSystemUnavailable_whenTheCampaignHearsIt_itPausesWithTheReason(
      TestWorkflowEnvironment env) throws InterruptedException {
    startCampaign(env, hopper, calls, settings(new Pacing(1, 1), retry(3, Map.of()), null));

    CampaignStateChange paused = awaitPaused();

    assertThat(paused.pauseReason()).contains("compliance check was unavailable");
    assertThat(hopper.state(1)).isEqualTo(ContactState.PENDING);
  }

  private CampaignStateChange awaitPaused() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Optional<CampaignStateChange> paused =
          hopper.savedStates().stream()
              .filter(change -> change.status() == CampaignStatus.PAUSED)
              .findFirst();
      if (paused.isPresent()) {
        return paused.get();
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    throw new AssertionError("the campaign never paused; saved " + hopper.savedStates());
  }
}
