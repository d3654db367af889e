package dev.dialer.workflows.archfixture;

import java.net.http.HttpClient;
import java.time.Instant;

/** Breaks the workflow rules on purpose, so that a test can show the rules notice. */
public final class RuleBreakingWorkflowCode {

  private RuleBreakingWorkflowCode() {}

  public static Instant deadline() throws InterruptedException {
    Thread.sleep(10);
    return Instant.ofEpochMilli(System.currentTimeMillis()).isAfter(Instant.now())
        ? Instant.EPOCH
        : Instant.MAX;
  }

  public static HttpClient twilio() {
    return HttpClient.newHttpClient();
  }
}
