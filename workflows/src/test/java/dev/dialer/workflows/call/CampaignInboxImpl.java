package dev.dialer.workflows.call;

import io.temporal.workflow.Workflow;

public class CampaignInboxImpl implements CampaignInbox {

  private CallEnded ended;

  @Override
  public CallEnded awaitEnd() {
    Workflow.await(() -> ended != null);
    return ended;
  }

  @Override
  public void callEnded(CallEnded ended) {
    if (this.ended == null) {
      this.ended = ended;
    }
  }
}
