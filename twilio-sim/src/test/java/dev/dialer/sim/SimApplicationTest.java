package dev.dialer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;

/** The sim must sit quietly inside another application's test JVM. */
class SimApplicationTest {

  @Test
  void givenStartHelper_whenStarted_itServesHealthUnderItsOwnName() {
    RunningSim sim = RunningSim.get();

    RunningSim.Reply health = sim.send(sim.request("/actuator/health").GET());

    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(sim.context().getEnvironment().getProperty("spring.application.name"))
        .isEqualTo("twilio-sim");
    assertThat(sim.context().getEnvironment().getProperty("spring.jmx.enabled")).isEqualTo("false");
    assertThat(sim.context().getBean(SimProperties.class).ringDuration()).hasMillis(200);
  }

  @Test
  void givenAutoConfigurationsOnTheClassPath_whenStarted_onlyTheSimsOwnListIsApplied() {
    assertThat(RunningSim.get().context().getBeanNamesForType(TaskExecutionAutoConfiguration.class))
        .as("TaskExecutionAutoConfiguration is on the class path but not in the sim's list")
        .isEmpty();
    assertThat(RunningSim.get().context().containsBean("applicationTaskExecutor")).isFalse();
  }
}
