package dev.dialer.api.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dialer.workflows.SearchAttributes;
import io.temporal.api.testservice.v1.LockTimeSkippingRequest;
import io.temporal.api.testservice.v1.UnlockTimeSkippingRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.internal.testservice.TestServicesStarter;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedTemporalServerTest {

  private static final String TASK_QUEUE = "embedded-server-test";
  private static final Duration SLEEP = Duration.ofSeconds(1);

  private static EmbeddedTemporalServer server;
  private static WorkflowServiceStubs stubs;
  private static WorkerFactory workers;

  @BeforeAll
  static void start() throws IOException {
    server = EmbeddedTemporalServer.start(0);
    stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build());
    workers =
        WorkerFactory.newInstance(
            WorkflowClient.newInstance(
                stubs,
                WorkflowClientOptions.newBuilder()
                    .setNamespace(EmbeddedTemporalServer.NAMESPACE)
                    .build()));
    Worker worker = workers.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(DispositionWorkflowImpl.class);
    workers.start();
  }

  @AfterAll
  static void stop() {
    if (workers != null) {
      workers.shutdownNow();
      workers.awaitTermination(5, TimeUnit.SECONDS);
    }
    if (stubs != null) {
      stubs.shutdownNow();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void givenTheServer_whenAWorkflowUpsertsDisposition_itShouldCompleteWithTheAttributeSet()
      throws TimeoutException {
    long startedAt = System.nanoTime();

    WorkflowStub stub = startDispositionWorkflow("call:embedded-server-test", "BUSY");
    String result = stub.getResult(20, TimeUnit.SECONDS, String.class);

    assertThat(result).isEqualTo("BUSY");
    assertThat(stub.describe().getTypedSearchAttributes().get(SearchAttributes.DISPOSITION))
        .isEqualTo("BUSY");
    assertThat(Duration.ofNanos(System.nanoTime() - startedAt))
        .as("timers run on the wall clock, not skipped")
        .isGreaterThanOrEqualTo(SLEEP);
  }

  @Test
  void givenManyTimeSkippingLocksAndUnlocks_theServerClockShouldNotAccumulateThem()
      throws ReflectiveOperationException, InterruptedException, TimeoutException {
    TestServiceStubs test =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder()
                .setTarget(server.target())
                .validateAndBuildWithDefaults());
    int before = clockLockEvents();
    try {
      // Each pair is what the server does itself around an activity's retry or a timer: a lock
      // whose handle is dropped, then an unlock by name. Unpatched, both stay in the clock's list.
      for (int i = 0; i < 5_000; i++) {
        test.blockingStub().lockTimeSkipping(LockTimeSkippingRequest.getDefaultInstance());
        test.blockingStub().unlockTimeSkipping(UnlockTimeSkippingRequest.getDefaultInstance());
      }
    } finally {
      test.shutdownNow();
    }
    int after = clockLockEvents();
    for (int i = 0; i < 20 && after > before + 100; i++) {
      System.gc();
      Thread.sleep(50);
      after = clockLockEvents();
    }

    assertThat(after).as("lock events kept after 5,000 lock/unlock pairs").isLessThan(before + 100);
    assertThat(
            startDispositionWorkflow("call:embedded-server-after-locks", "NO_ANSWER")
                .getResult(20, TimeUnit.SECONDS, String.class))
        .as("the clock still runs timers")
        .isEqualTo("NO_ANSWER");
  }

  private static int clockLockEvents() throws ReflectiveOperationException {
    Field services = EmbeddedTemporalServer.class.getDeclaredField("services");
    services.setAccessible(true);
    Field timer = TestServicesStarter.class.getDeclaredField("selfAdvancingTimer");
    timer.setAccessible(true);
    Object clock = timer.get(services.get(server));
    Field events = clock.getClass().getDeclaredField("lockEvents");
    events.setAccessible(true);
    Field lock = clock.getClass().getDeclaredField("lock");
    lock.setAccessible(true);
    Lock clockLock = (Lock) lock.get(clock);
    clockLock.lock();
    try {
      return ((List<?>) events.get(clock)).size();
    } finally {
      clockLock.unlock();
    }
  }

  private static WorkflowStub startDispositionWorkflow(String workflowId, String disposition) {
    DispositionWorkflow workflow =
        workers
            .getWorkflowClient()
            .newWorkflowStub(
                DispositionWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(TASK_QUEUE)
                    .setWorkflowId(workflowId)
                    .build());
    WorkflowClient.start(workflow::run, disposition);
    return WorkflowStub.fromTyped(workflow);
  }

  @Test
  void givenTheServer_whenConnectingOnANonLoopbackAddress_itShouldRefuse() throws SocketException {
    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "this machine has no non-loopback address");

    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), server.port()), 2000);
              }
            })
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void givenNoPortArgumentOrEnvironment_whenParsingThePort_itShouldDefaultTo7233() {
    assertThat(EmbeddedTemporalServer.port(new String[0], null)).isEqualTo(7233);
    assertThat(EmbeddedTemporalServer.port(new String[0], "7300")).isEqualTo(7300);
    assertThat(EmbeddedTemporalServer.port(new String[] {"7400"}, "7300")).isEqualTo(7400);
    assertThatThrownBy(() -> EmbeddedTemporalServer.port(new String[0], "seven"))
        .hasMessageContaining("TEMPORAL_PORT")
        .hasMessageContaining("'seven'");
  }

  @Test
  void givenTemporalClockAhead_whenParsed_itShouldBeAnIsoDurationOrNone() {
    assertThat(EmbeddedTemporalServer.clockAhead(null)).isZero();
    assertThat(EmbeddedTemporalServer.clockAhead(" ")).isZero();
    assertThat(EmbeddedTemporalServer.clockAhead("PT5H30M")).isEqualTo(Duration.ofMinutes(330));
    assertThatThrownBy(() -> EmbeddedTemporalServer.clockAhead("5 hours"))
        .hasMessageContaining("TEMPORAL_CLOCK_AHEAD")
        .hasMessageContaining("'5 hours'");
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address)
        .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
        .findFirst();
  }

  @WorkflowInterface
  public interface DispositionWorkflow {
    @WorkflowMethod
    String run(String disposition);
  }

  public static class DispositionWorkflowImpl implements DispositionWorkflow {
    @Override
    public String run(String disposition) {
      Workflow.sleep(SLEEP);
      Workflow.upsertTypedSearchAttributes(SearchAttributes.DISPOSITION.valueSet(disposition));
      return disposition;
    }
  }
}
