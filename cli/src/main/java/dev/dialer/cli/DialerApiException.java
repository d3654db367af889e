package dev.dialer.cli;

/** The api could not be used; the message says why and what to do. */
class DialerApiException extends RuntimeException {

  DialerApiException(String message) {
    super(message);
  }
}
