package dev.dialer.api.demo;

import dev.dialer.workflows.call.Disposition;

/** A placed demo call and what the api said about it last. */
record DemoRow(DemoCall call, ApiCall latest) {

  DemoRow withLatest(ApiCall newer) {
    return new DemoRow(call, newer);
  }

  /** Ended as the sim scripts it, or was rightly not dialed by the compliance rules. */
  boolean ok() {
    return call.expected().name().equals(latest.disposition()) || notDialed();
  }

  /** Compliance refused the call: deferred or capped until a known time, or do-not-call. */
  boolean notDialed() {
    return waiting() || Disposition.BLOCKED_DNC.name().equals(latest.disposition());
  }

  /** Deferred to its calling window or held by a frequency cap, until {@code nextAllowedAt}. */
  boolean waiting() {
    return deferred() && latest.nextAllowedAt() != null;
  }

  /** Deferred or capped, but the api did not say until when: that is a bug, not a wait. */
  boolean deferredWithoutTime() {
    return deferred() && latest.nextAllowedAt() == null;
  }

  private boolean deferred() {
    return Disposition.DEFERRED_WINDOW.name().equals(latest.disposition())
        || Disposition.CAPPED.name().equals(latest.disposition());
  }
}
