package dev.dialer.api.seed;

/** Our call statuses in the words of a seed that has its own. */
final class SeedStatus {

  private SeedStatus() {}

  /**
   * Seed 002 knows initiated, dialing, connecting, connected and failed; a call that ended after
   * being answered is "completed", which it lacks a word for.
   */
  static String liveKit(String status) {
    return switch (status) {
      case "scheduled", "queued" -> "initiated";
      case "dialing", "initiated" -> "dialing";
      case "ringing" -> "connecting";
      case "in-progress" -> "connected";
      case "completed" -> "completed";
      default -> "failed";
    };
  }
}
