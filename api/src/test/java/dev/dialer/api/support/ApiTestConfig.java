package dev.dialer.api.support;

import dev.dialer.api.local.TimerLockEvents;
import dev.dialer.workflows.SearchAttributes;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.internal.testservice.TestWorkflowService;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.lang.reflect.Field;
import java.time.Instant;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfig {

  public static final Instant WORKFLOW_CLOCK_START = Instant.parse("2026-11-18T18:00:00Z");

  /** The embedded server registers these at start; the starter's test server needs telling. */
  @Bean
  InitializingBean registerSearchAttributes(TestWorkflowEnvironment environment) {
    return () ->
        SearchAttributes.ALL.forEach(
            key ->
                environment.registerSearchAttribute(
                    key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
  }

  /**
   * The in-process test server's clock otherwise slows every workflow update a little more with
   * each activity and timer it has seen (see {@link TimerLockEvents}); the suite and the benchmarks
   * run thousands of calls on one server.
   */
  @Bean
  InitializingBean leanTestServerClock(TestWorkflowEnvironment environment) {
    return () -> {
      Field service = environment.getClass().getDeclaredField("service");
      service.setAccessible(true);
      TimerLockEvents.install((TestWorkflowService) service.get(environment));
    };
  }

  /**
   * The workflows' clock starts on a Wednesday at 13:00 New York time, so the compliance check
   * before each dial sees every continental US zone inside its calling window whenever the suite
   * runs. Time then passes as usual.
   */
  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> callingHoursClock() {
    return builder -> builder.setInitialTime(WORKFLOW_CLOCK_START);
  }

  @Bean
  WebhookTap webhookTap() {
    return new WebhookTap();
  }

  @Bean
  CrashingCheckpoint crashingCheckpoint() {
    return new CrashingCheckpoint();
  }
}
