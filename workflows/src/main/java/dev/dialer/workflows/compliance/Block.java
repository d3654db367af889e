package dev.dialer.workflows.compliance;

/** Why a call may not be placed now; each maps to one disposition of the call. */
public enum Block {
  /** On a do-not-call list: never call (disposition BLOCKED_DNC, no next time). */
  DNC,
  /** Outside a calling window: call again at nextAllowedAt (disposition DEFERRED_WINDOW). */
  WINDOW,
  /** A frequency cap is reached: call again at nextAllowedAt (disposition CAPPED). */
  CAP
}
