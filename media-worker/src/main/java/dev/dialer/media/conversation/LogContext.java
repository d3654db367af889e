package dev.dialer.media.conversation;

import org.slf4j.MDC;

/** callId and callSid in the log MDC for the span of one socket message. */
public final class LogContext implements AutoCloseable {

  LogContext(String callId, String callSid) {
    MDC.put("callId", callId);
    MDC.put("callSid", callSid);
  }

  @Override
  public void close() {
    MDC.remove("callId");
    MDC.remove("callSid");
  }
}
