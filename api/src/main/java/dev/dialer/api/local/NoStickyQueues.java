package dev.dialer.api.local;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;

/**
 * Strips {@code sticky_attributes} from every {@code RespondWorkflowTaskCompleted} the embedded
 * server receives, so that it schedules every workflow task on the workflow's normal task queue.
 *
 * <p>Why: Temporal's Java test server (1.38.0) puts a workflow's next task on the sticky queue
 * named in the last completion's sticky attributes ({@code TestWorkflowStoreImpl#applyUpdates},
 * "Push tasks to the queues") and keeps them until a workflow task fails or times out ({@code
 * TestWorkflowMutableStateImpl#completeWorkflowTaskUpdate}); it has no sticky schedule-to-start
 * timeout, does not implement {@code ResetStickyTaskQueue}, and its {@code ShutdownWorker} (what
 * the SDK calls on shutdown) does nothing. A worker that dies therefore strands every workflow it
 * had cached: their tasks wait on a sticky queue nobody polls. A real Temporal server moves such
 * tasks back to the normal queue after the sticky timeout (5 s), so real clusters need none of
 * this. Without stickiness every worker gets full histories and replays them: slower per task, but
 * any worker can take any workflow, which is what restarts and a second api rely on.
 */
final class NoStickyQueues implements ServerInterceptor {

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
      @Override
      public void onMessage(Q message) {
        super.onMessage(withoutStickiness(message));
      }
    };
  }

  @SuppressWarnings("unchecked") // the message stays of the call's own request type
  private static <Q> Q withoutStickiness(Q message) {
    if (message instanceof RespondWorkflowTaskCompletedRequest completed
        && completed.hasStickyAttributes()) {
      return (Q) completed.toBuilder().clearStickyAttributes().build();
    }
    return message;
  }
}
