package dev.dialer.media.temporal;

import dev.dialer.workflows.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls this host's own task queue, {@code media:<host>}, for work on the sockets it holds. Not the
 * shared queue: an activity for a live call is useless anywhere but on its socket's process.
 */
class HostWorker implements SmartLifecycle {

  private final WorkerFactory factory;
  private final String taskQueue;
  private volatile boolean running;

  HostWorker(WorkflowClient client, String host, MediaActivitiesImpl activities) {
    this.factory = WorkerFactory.newInstance(client);
    this.taskQueue = TaskQueues.mediaHost(host);
    factory.newWorker(taskQueue).registerActivitiesImplementations(activities);
  }

  @Override
  public void start() {
    factory.start();
    running = true;
  }

  @Override
  public void stop() {
    factory.shutdown();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  String taskQueue() {
    return taskQueue;
  }
}
