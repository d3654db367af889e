package dev.dialer.workflows.call;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Stands in for a campaign's workflow: it takes the end a campaign's call reports. */
@WorkflowInterface
public interface CampaignInbox {

  /** Returns the first end reported. */
  @WorkflowMethod
  CallEnded awaitEnd();

  @SignalMethod(name = CallEnded.SIGNAL)
  void callEnded(CallEnded ended);
}
