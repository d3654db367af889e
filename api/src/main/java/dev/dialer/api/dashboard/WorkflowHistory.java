package dev.dialer.api.dashboard;

import java.util.List;

/** A workflow's history as the dashboard shows it, newest run's events in order. */
public record WorkflowHistory(String workflowId, String runId, List<HistoryEntry> events) {}
