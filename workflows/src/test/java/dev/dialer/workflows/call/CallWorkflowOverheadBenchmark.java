package dev.dialer.workflows.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.SearchAttributes;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * P1 of {@code bench/run}: the whole call workflow (compliance check, dial, callbacks for
 * initiated, ringing, in-progress, a human, completed, the call record) with zero ring and talk
 * time, against its floor on the same Temporal test server: a workflow of one activity and one
 * signal. Activities answer at once; the callbacks (or the one signal) leave right after the dial
 * returns, as Twilio's would. {@code -Dbench.calls} calls of each, one after the other, after a
 * warm-up; prints the median and mean per workflow and the ratio of the means.
 */
@EnabledIfSystemProperty(named = "bench.calls", matches = "\\d+")
// The module's default timeout is for tests; a benchmark's length is its size.
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class CallWorkflowOverheadBenchmark {

  private static final String QUEUE = "bench";

  /** The floor: one activity, one signal. */
  @WorkflowInterface
  public interface MinimalWorkflow {
    @WorkflowMethod
    MinimalResult run(MinimalRequest request);

    @SignalMethod
    void done(MinimalResult result);
  }

  @ActivityInterface
  public interface MinimalActivities {
    void place(MinimalRequest request);
  }

  public record MinimalRequest(String id) {}

  public record MinimalResult(String status) {}

  public static class MinimalWorkflowImpl implements MinimalWorkflow {
    private final MinimalActivities activities =
        Workflow.newActivityStub(
            MinimalActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());
    private MinimalResult result;

    @Override
    public MinimalResult run(MinimalRequest request) {
      activities.place(request);
      Workflow.await(() -> result != null);
      return result;
    }

    @Override
    public void done(MinimalResult result) {
      this.result = result;
    }
  }

  @Test
  void callWorkflowVersusMinimalWorkflow() throws Exception {
    int calls = Integer.getInteger("bench.calls");
    ExecutorService callbacks = Executors.newSingleThreadExecutor();
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());
    try {
      SearchAttributes.ALL.forEach(
          key ->
              env.registerSearchAttribute(
                  key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
      WorkflowClient client = env.getWorkflowClient();
      Worker worker = env.newWorker(QUEUE);
      worker.registerWorkflowImplementationTypes(CallWorkflowImpl.class, MinimalWorkflowImpl.class);
      worker.registerActivitiesImplementations(
          new InstantTelephony(client, callbacks),
          new CallRecordActivities() {
            @Override
            public void finish(CallCompletion completion) {}

            @Override
            public void recordOutcome(OutcomeRecord outcome) {}
          },
          CallWorkflowTesting.compliance(CallWorkflowTesting.allowed()),
          (MinimalActivities)
              request ->
                  callbacks.execute(
                      () ->
                          client
                              .newWorkflowStub(MinimalWorkflow.class, request.id())
                              .done(new MinimalResult("completed"))));
      env.start();

      IntConsumer call =
          i -> {
            String id = "bench-call-" + i;
            CallWorkflow workflow = client.newWorkflowStub(CallWorkflow.class, options(id));
            CallResult result =
                workflow.run(
                    new CallRequest(
                        id, "+15551230001", "+15559870001", Map.of(), "Be brief.", "Hi!"));
            assertThat(result.disposition()).isEqualTo(Disposition.COMPLETED);
          };
      IntConsumer minimal =
          i -> {
            String id = "bench-minimal-" + i;
            MinimalResult result =
                client
                    .newWorkflowStub(MinimalWorkflow.class, options(id))
                    .run(new MinimalRequest(id));
            assertThat(result.status()).isEqualTo("completed");
          };
      int warmUp = Math.max(10, calls / 5);
      time(call, -warmUp, warmUp);
      time(minimal, -warmUp, warmUp);
      long[] callNanos = time(call, 0, calls);
      long[] minimalNanos = time(minimal, 0, calls);
      double callMean = Arrays.stream(callNanos).average().orElseThrow() / 1e6;
      double minimalMean = Arrays.stream(minimalNanos).average().orElseThrow() / 1e6;
      System.out.printf(
          "BENCH P1 call-vs-minimal-workflow ratio=%.2f call-ms=%.1f minimal-ms=%.1f"
              + " call-p50-ms=%.1f minimal-p50-ms=%.1f calls=%d%n",
          callMean / minimalMean,
          callMean,
          minimalMean,
          median(callNanos) / 1e6,
          median(minimalNanos) / 1e6,
          calls);
    } finally {
      env.close();
      callbacks.shutdownNow();
    }
  }

  private static WorkflowOptions options(String id) {
    return WorkflowOptions.newBuilder().setWorkflowId(id).setTaskQueue(QUEUE).build();
  }

  private static long[] time(IntConsumer run, int from, int count) {
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      run.accept(from + i);
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Places every call at once and sends its callbacks, a human answering, right after. */
  private static final class InstantTelephony implements TelephonyActivities {
    private final WorkflowClient client;
    private final ExecutorService callbacks;

    InstantTelephony(WorkflowClient client, ExecutorService callbacks) {
      this.client = client;
      this.callbacks = callbacks;
    }

    @Override
    public DialResult dial(DialRequest request) {
      String sid = "CA" + String.format("%032d", Math.abs((long) request.callId().hashCode()));
      callbacks.execute(
          () -> {
            CallWorkflow call = client.newWorkflowStub(CallWorkflow.class, request.callId());
            call.statusChanged(update(sid, "initiated", 0, null));
            call.statusChanged(update(sid, "ringing", 1, null));
            call.statusChanged(update(sid, "in-progress", 2, null));
            call.machineDetected(new AmdResult(sid, "human", 0));
            call.statusChanged(update(sid, "completed", 3, 45));
          });
      return new DialResult(sid, request.from(), false);
    }

    @Override
    public CallSnapshot fetchCall(FetchCallRequest request) {
      throw new IllegalStateException("the benchmark's calls report every status");
    }

    @Override
    public void hangUp(HangUpRequest request) {}

    private static CallStatusUpdate update(
        String sid, String status, long sequence, Integer duration) {
      return new CallStatusUpdate(sid, status, sequence, duration, null, null, Instant.EPOCH);
    }
  }
}
