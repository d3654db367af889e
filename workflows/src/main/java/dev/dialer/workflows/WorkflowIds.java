package dev.dialer.workflows;

/** Readable workflow IDs: the business key with a type prefix, as ops see them in Temporal UI. */
public final class WorkflowIds {

  private WorkflowIds() {}

  public static String call(String callId) {
    return "call:" + callId;
  }

  public static String campaign(String campaignId) {
    return "campaign:" + campaignId;
  }
}
