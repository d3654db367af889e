package dev.dialer.workflows;

/** Task queue names, in one place so that workers and clients never drift apart. */
public final class TaskQueues {

  /** Workflows and the activities that need the database or Twilio; hosted by the api. */
  public static final String DIALER = "dialer";

  private TaskQueues() {}

  /**
   * The queue of one media-worker host: work for a live socket must reach the process that holds
   * it.
   */
  public static String mediaHost(String host) {
    return "media:" + host;
  }
}
