package dev.dialer.workflows.call;

/**
 * What became of a supervisor's action on a live call.
 *
 * @param status {@link #SUCCESS}, or {@link #NOT_DELIVERED} when the media host no longer held the
 *     call's socket
 * @param message what was done, for the supervisor
 */
public record OverrideResult(String status, String message) {

  public static final String SUCCESS = "success";
  public static final String NOT_DELIVERED = "not_delivered";
}
