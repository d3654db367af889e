package dev.dialer.api.metrics;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * "temporal" in /actuator/health and in the readiness group: an api whose Temporal frontend does
 * not answer can neither start calls nor run its worker, so it should get no traffic.
 */
@Component("temporal")
class TemporalHealthIndicator extends AbstractHealthIndicator {

  private final WorkflowClient temporal;

  TemporalHealthIndicator(WorkflowClient temporal) {
    super("Temporal frontend unreachable");
    this.temporal = temporal;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    // Every server (the test server too) answers GetSystemInfo; a short deadline keeps a probe
    // from hanging on a frontend that accepts connections but does not answer.
    temporal
        .getWorkflowServiceStubs()
        .blockingStub()
        .withDeadlineAfter(3, TimeUnit.SECONDS)
        .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
    health.up().withDetail("namespace", temporal.getOptions().getNamespace());
  }
}
