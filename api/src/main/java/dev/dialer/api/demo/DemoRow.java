package dev.dialer.api.demo;

/** A placed demo call and what the api said about it last. */
record DemoRow(DemoCall call, ApiCall latest) {

  DemoRow withLatest(ApiCall newer) {
    return new DemoRow(call, newer);
  }

  boolean ok() {
    return call.expected().name().equals(latest.disposition());
  }
}
