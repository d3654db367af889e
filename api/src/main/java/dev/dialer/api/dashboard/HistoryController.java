package dev.dialer.api.dashboard;

import dev.dialer.workflows.WorkflowIds;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The workflow histories the dashboard shows, straight from Temporal's own API. */
@RestController
class HistoryController {

  private final HistoryReader histories;

  HistoryController(HistoryReader histories) {
    this.histories = histories;
  }

  @GetMapping(path = "/api/calls/{callId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
  WorkflowHistory call(@PathVariable String callId) {
    return histories.read(WorkflowIds.call(callId), "CALL_NOT_FOUND", "call " + callId);
  }

  @GetMapping(path = "/api/campaigns/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
  WorkflowHistory campaign(@PathVariable String id) {
    return histories.read(WorkflowIds.campaign(id), "CAMPAIGN_NOT_FOUND", "campaign " + id);
  }
}
