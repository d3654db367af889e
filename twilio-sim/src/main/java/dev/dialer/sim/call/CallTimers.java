package dev.dialer.sim.call;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** Runs a call's next step later on the shared scheduler; no thread ever sleeps for a call. */
@Component
public class CallTimers {

  private static final Logger log = LoggerFactory.getLogger(CallTimers.class);

  private final ScheduledExecutorService scheduler;

  CallTimers(ScheduledExecutorService callScheduler) {
    this.scheduler = callScheduler;
  }

  /** Runs {@code step} after {@code delay}; a zero delay runs it now, on the calling thread. */
  public void after(Duration delay, SimCall call, Runnable step) {
    if (delay.isZero() || delay.isNegative()) {
      run(call, step);
      return;
    }
    try {
      scheduler.schedule(() -> run(call, step), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      log.debug("{} not scheduled: the sim is shutting down", call.sid());
    }
  }

  private static void run(SimCall call, Runnable step) {
    MDC.put("callSid", call.sid());
    try {
      step.run();
    } catch (RuntimeException e) {
      log.error("{} lifecycle step failed", call.sid(), e);
    } finally {
      MDC.remove("callSid");
    }
  }
}
