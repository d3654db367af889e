package dev.dialer.workflows.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.dialer.workflows.call.CallWorkflowImpl;
import dev.dialer.workflows.campaign.CampaignWorkflowImpl;
import io.temporal.api.enums.v1.EventType;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every history stored under {@code histories/} was produced by an older commit of the workflows
 * (see its README); each must replay on the current code. A change that alters the commands of a
 * running call or campaign without {@code Workflow.getVersion} fails here, not on the workers.
 */
class StoredHistoriesReplayTest {

  /** A history that ended so is complete: a truncated capture would replay vacuously. */
  private static final Set<EventType> LAST_EVENTS =
      Set.of(
          EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
          EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);

  static Stream<Path> histories() {
    return StoredHistories.all().stream();
  }

  @Test
  void givenTheHistoriesFolder_itHoldsCompleteHistoriesOfBothWorkflows() {
    List<Path> files = StoredHistories.all();

    assertThat(files).as("stored histories").isNotEmpty();
    assertThat(files.stream().map(StoredHistories::read).map(StoredHistoriesReplayTest::type))
        .contains("CallWorkflow", "CampaignWorkflow");
    assertThat(files)
        .allSatisfy(
            file ->
                assertThat(StoredHistories.read(file).getLastEvent().getEventType())
                    .as(file.getFileName().toString())
                    .isIn(LAST_EVENTS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void givenAStoredHistory_whenReplayedOnTheCurrentCode_itShouldMatch(Path file) {
    WorkflowExecutionHistory history = StoredHistories.read(file);

    assertThatCode(
            () ->
                WorkflowReplayer.replayWorkflowExecution(
                    history, CallWorkflowImpl.class, CampaignWorkflowImpl.class))
        .as("replay of %s", file.getFileName())
        .doesNotThrowAnyException();
  }

  private static String type(WorkflowExecutionHistory history) {
    return history
        .getEvents()
        .get(0)
        .getWorkflowExecutionStartedEventAttributes()
        .getWorkflowType()
        .getName();
  }
}
