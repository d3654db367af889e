package dev.dialer.api.dashboard;

import com.google.protobuf.ByteString;
import dev.dialer.api.web.ApiException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads a workflow's history through Temporal's GetWorkflowExecutionHistory (the latest run), the
 * view the embedded server has no UI for. Workflow task events are left out: they are the worker's
 * bookkeeping, not what the call did.
 */
@Component
class HistoryReader {

  /** A call's history is a few dozen events; a campaign's continues as new well before this. */
  static final int MAX_EVENTS = 5_000;

  private final WorkflowClient temporal;

  HistoryReader(WorkflowClient temporal) {
    this.temporal = temporal;
  }

  WorkflowHistory read(String workflowId, String notFoundCode, String what) {
    List<HistoryEvent> events = new ArrayList<>();
    String runId = null;
    ByteString page = ByteString.EMPTY;
    try {
      do {
        GetWorkflowExecutionHistoryResponse response =
            temporal
                .getWorkflowServiceStubs()
                .blockingStub()
                .getWorkflowExecutionHistory(
                    GetWorkflowExecutionHistoryRequest.newBuilder()
                        .setNamespace(temporal.getOptions().getNamespace())
                        .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                        .setNextPageToken(page)
                        .build());
        events.addAll(response.getHistory().getEventsList());
        page = response.getNextPageToken();
      } while (!page.isEmpty() && events.size() < MAX_EVENTS);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new ApiException(
            HttpStatus.NOT_FOUND, notFoundCode, "Temporal has no workflow for " + what + ".", null);
      }
      throw new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "TEMPORAL_UNAVAILABLE",
          "Temporal did not answer for the history of " + what + "; try again.",
          null);
    }
    if (!events.isEmpty()
        && events.get(0).getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED) {
      runId =
          events.get(0).getWorkflowExecutionStartedEventAttributes().getOriginalExecutionRunId();
    }
    return new WorkflowHistory(workflowId, runId, readable(events));
  }

  private static List<HistoryEntry> readable(List<HistoryEvent> events) {
    Map<Long, String> activities = new HashMap<>();
    List<HistoryEntry> entries = new ArrayList<>();
    for (HistoryEvent event : events) {
      if (event.getEventType().name().startsWith("EVENT_TYPE_WORKFLOW_TASK_")) {
        continue;
      }
      if (event.hasActivityTaskScheduledEventAttributes()) {
        activities.put(
            event.getEventId(),
            event.getActivityTaskScheduledEventAttributes().getActivityType().getName());
      }
      entries.add(
          new HistoryEntry(
              event.getEventId(),
              HistorySummaries.time(event),
              HistorySummaries.kind(event.getEventType()),
              HistorySummaries.summary(event, activities)));
    }
    return entries;
  }
}
