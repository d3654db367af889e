package dev.dialer.sim.scenario;

/** What the network does to one status callback. */
public enum CallbackFault {
  /** Delivered once, in order. */
  NONE,
  /** Never sent. */
  DROP,
  /** Delivered twice. */
  DUPLICATE,
  /** Held back until after the call's final callback. */
  REORDER
}
