package dev.dialer.workflows.call;

import dev.dialer.workflows.conversation.MediaActivities;
import dev.dialer.workflows.conversation.MediaDelivery;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;

/** Work for the call's live socket, sent to the task queue of the media host that holds it. */
final class MediaHost {

  private static final Logger log = Workflow.getLogger(MediaHost.class);

  private final Supplier<String> hostTaskQueue;

  MediaHost(Supplier<String> hostTaskQueue) {
    this.hostTaskQueue = hostTaskQueue;
  }

  /** Not delivered when the conversation is over or its host does not answer. */
  MediaDelivery deliver(Function<MediaActivities, MediaDelivery> work) {
    String queue = hostTaskQueue.get();
    if (queue == null) {
      return new MediaDelivery(false, "the call's conversation is over");
    }
    try {
      return work.apply(stub(queue));
    } catch (ActivityFailure failure) {
      log.warn("media host {} did not take the call's work", queue, failure);
      return new MediaDelivery(false, "the media host did not answer");
    }
  }

  /** Short retries: a socket that is gone by then has no one to speak to. */
  private static MediaActivities stub(String queue) {
    return Workflow.newActivityStub(
        MediaActivities.class,
        ActivityOptions.newBuilder()
            .setTaskQueue(queue)
            .setStartToCloseTimeout(Duration.ofSeconds(5))
            .setScheduleToCloseTimeout(Duration.ofSeconds(20))
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(3).build())
            .build());
  }
}
