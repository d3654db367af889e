package dev.dialer.api.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of the api's call resource the demo shows; {@code disposition} is null until done. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ApiCall(String callId, String to, String status, String disposition, Integer duration) {

  boolean done() {
    return disposition != null;
  }
}
