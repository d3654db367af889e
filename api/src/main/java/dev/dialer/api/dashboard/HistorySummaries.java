package dev.dialer.api.dashboard;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Words for one history event: what kind it is and what it was about. */
final class HistorySummaries {

  private HistorySummaries() {}

  static Instant time(HistoryEvent event) {
    return Instant.ofEpochSecond(
        event.getEventTime().getSeconds(), event.getEventTime().getNanos());
  }

  /** EVENT_TYPE_ACTIVITY_TASK_SCHEDULED → "Activity task scheduled". */
  static String kind(EventType type) {
    String words = type.name().replaceFirst("^EVENT_TYPE_", "").replace('_', ' ');
    String lower = words.toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  static String summary(HistoryEvent event, Map<Long, String> activities) {
    if (event.hasWorkflowExecutionStartedEventAttributes()) {
      return event.getWorkflowExecutionStartedEventAttributes().getWorkflowType().getName();
    }
    if (event.hasActivityTaskScheduledEventAttributes()) {
      return event.getActivityTaskScheduledEventAttributes().getActivityType().getName();
    }
    if (event.hasActivityTaskStartedEventAttributes()) {
      var started = event.getActivityTaskStartedEventAttributes();
      return activities.getOrDefault(started.getScheduledEventId(), "")
          + " (attempt "
          + started.getAttempt()
          + ")";
    }
    if (event.hasActivityTaskCompletedEventAttributes()) {
      return activities.getOrDefault(
          event.getActivityTaskCompletedEventAttributes().getScheduledEventId(), "");
    }
    if (event.hasActivityTaskFailedEventAttributes()) {
      var failed = event.getActivityTaskFailedEventAttributes();
      return activities.getOrDefault(failed.getScheduledEventId(), "")
          + ": "
          + message(failed.getFailure());
    }
    if (event.hasActivityTaskTimedOutEventAttributes()) {
      return activities.getOrDefault(
          event.getActivityTaskTimedOutEventAttributes().getScheduledEventId(), "");
    }
    if (event.hasWorkflowExecutionSignaledEventAttributes()) {
      return event.getWorkflowExecutionSignaledEventAttributes().getSignalName();
    }
    if (event.hasWorkflowExecutionUpdateAcceptedEventAttributes()) {
      return event
          .getWorkflowExecutionUpdateAcceptedEventAttributes()
          .getAcceptedRequest()
          .getInput()
          .getName();
    }
    if (event.hasTimerStartedEventAttributes()) {
      var timer = event.getTimerStartedEventAttributes();
      Duration wait =
          Duration.ofSeconds(
              timer.getStartToFireTimeout().getSeconds(), timer.getStartToFireTimeout().getNanos());
      return "timer " + timer.getTimerId() + " for " + wait;
    }
    if (event.hasTimerFiredEventAttributes()) {
      return "timer " + event.getTimerFiredEventAttributes().getTimerId();
    }
    if (event.hasMarkerRecordedEventAttributes()) {
      return event.getMarkerRecordedEventAttributes().getMarkerName();
    }
    if (event.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
      var child = event.getStartChildWorkflowExecutionInitiatedEventAttributes();
      return child.getWorkflowType().getName() + " " + child.getWorkflowId();
    }
    if (event.hasChildWorkflowExecutionCompletedEventAttributes()) {
      return event
          .getChildWorkflowExecutionCompletedEventAttributes()
          .getWorkflowExecution()
          .getWorkflowId();
    }
    if (event.hasWorkflowExecutionFailedEventAttributes()) {
      return message(event.getWorkflowExecutionFailedEventAttributes().getFailure());
    }
    return "";
  }

  private static String message(Failure failure) {
    return failure.getMessage();
  }
}
