package dev.dialer.api.support;

import dev.dialer.workflows.SearchAttributes;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.testing.TestWorkflowEnvironment;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfig {

  /** The embedded server registers these at start; the starter's test server needs telling. */
  @Bean
  InitializingBean registerSearchAttributes(TestWorkflowEnvironment environment) {
    return () ->
        SearchAttributes.ALL.forEach(
            key ->
                environment.registerSearchAttribute(
                    key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
  }

  @Bean
  CrashingCheckpoint crashingCheckpoint() {
    return new CrashingCheckpoint();
  }
}
