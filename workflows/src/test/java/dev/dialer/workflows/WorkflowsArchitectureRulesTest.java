package dev.dialer.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.dialer.workflows.archfixture.RuleBreakingWorkflowCode;
import org.junit.jupiter.api.Test;

/** The architecture rules pass on the module's code; this shows they would notice a breach. */
class WorkflowsArchitectureRulesTest {

  private final JavaClasses ruleBreaker =
      new ClassFileImporter().importClasses(RuleBreakingWorkflowCode.class);

  @Test
  void anHttpClientInWorkflowCodeBreaksTheInfrastructureRule() {
    EvaluationResult result = WorkflowsArchitectureTest.NO_INFRASTRUCTURE.evaluate(ruleBreaker);

    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(detail -> assertThat(detail).contains("java.net.http.HttpClient"));
  }

  @Test
  void readingTheClockOrSleepingInWorkflowCodeBreaksTheDeterminismRule() {
    EvaluationResult result = WorkflowsArchitectureTest.NO_NONDETERMINISM.evaluate(ruleBreaker);

    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(detail -> assertThat(detail).contains("Instant.now()"))
        .anySatisfy(detail -> assertThat(detail).contains("System.currentTimeMillis()"))
        .anySatisfy(detail -> assertThat(detail).contains("Thread.sleep(long)"));
  }
}
