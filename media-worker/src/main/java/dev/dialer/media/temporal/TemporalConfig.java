package dev.dialer.media.temporal;

import dev.dialer.media.MediaProperties;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Temporal client the media worker signals through. A process that hosts the api too (the
 * end-to-end tests) hands in its own client under {@link #CLIENT}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dialer.media.temporal.enabled", matchIfMissing = true)
class TemporalConfig {

  static final String CLIENT = "mediaWorkflowClient";

  @Bean(name = CLIENT)
  @ConditionalOnMissingBean(name = CLIENT)
  WorkflowClient mediaWorkflowClient(MediaProperties properties) {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(properties.temporal().address())
                .build());
    return WorkflowClient.newInstance(
        service,
        WorkflowClientOptions.newBuilder().setNamespace(properties.temporal().namespace()).build());
  }

  @Bean
  HostWorker hostWorker(
      @Qualifier(CLIENT) WorkflowClient client,
      MediaProperties properties,
      MediaActivitiesImpl activities) {
    return new HostWorker(client, properties.host(), activities);
  }
}
