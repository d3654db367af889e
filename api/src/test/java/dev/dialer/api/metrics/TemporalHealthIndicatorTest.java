package dev.dialer.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class TemporalHealthIndicatorTest {

  @Test
  void givenNoTemporalFrontend_whenHealthIsChecked_itShouldBeDown() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
    try {
      var health = new TemporalHealthIndicator(WorkflowClient.newInstance(stubs)).health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    } finally {
      stubs.shutdownNow();
    }
  }
}
