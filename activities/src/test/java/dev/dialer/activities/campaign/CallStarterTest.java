package dev.dialer.activities.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallRequest;
import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ClaimedContact;
import dev.dialer.workflows.campaign.Pacing;
import dev.dialer.workflows.campaign.RetryPolicy;
import dev.dialer.workflows.campaign.Schedule;
import dev.dialer.workflows.campaign.StartCalls;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the hopper puts into the request of each campaign call it starts. */
class CallStarterTest {

  private final TestWorkflowEnvironment temporal = TestWorkflowEnvironment.newInstance();

  @AfterEach
  void stop() {
    temporal.close();
  }

  @BeforeEach
  void registerSearchAttributes() {
    SearchAttributes.ALL.forEach(
        key ->
            temporal.registerSearchAttribute(
                key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
  }

  @Test
  void givenAReconcileWaitSetting_whenACampaignCallStarts_itsRequestShouldCarryIt() {
    Duration setting = Duration.ofSeconds(20);
    CallStarter starter = new CallStarter(temporal.getWorkflowClient(), setting);
    ClaimedContact ada =
        new ClaimedContact(7, "c1-7-1", 1, "+16465550123", "Ada", null, null, null, Map.of());

    assertThat(starter.start(new StartCalls("c1", "December", settings(), List.of(ada))).started())
        .isEqualTo(1);

    HistoryEvent started =
        temporal
            .getWorkflowClient()
            .fetchHistory(WorkflowIds.call("c1-7-1"))
            .getHistory()
            .getEvents(0);
    CallRequest request =
        DefaultDataConverter.newDefaultInstance()
            .fromPayloads(
                0,
                Optional.of(started.getWorkflowExecutionStartedEventAttributes().getInput()),
                CallRequest.class,
                CallRequest.class);
    assertThat(request.callId()).isEqualTo("c1-7-1");
    assertThat(request.reconcileAfter()).isEqualTo(setting);
  }

  private static CampaignSettings settings() {
    return new CampaignSettings(
        CampaignPurpose.PAYMENT_REMINDER,
        "+14155550100",
        null,
        new Schedule(null, null, null),
        new Pacing(1, 1),
        RetryPolicy.none(),
        null);
  }
}
