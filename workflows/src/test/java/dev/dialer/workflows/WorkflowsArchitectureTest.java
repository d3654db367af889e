package dev.dialer.workflows;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** What keeps workflow code replayable: no infrastructure, no clock, no sleeping, no dice. */
@AnalyzeClasses(
    packages = "dev.dialer.workflows",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WorkflowsArchitectureTest {

  @ArchTest
  static final ArchRule NO_INFRASTRUCTURE =
      noClasses()
          .that()
          .resideInAPackage("dev.dialer.workflows..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "java.sql..",
              "javax.sql..",
              "com.twilio..",
              "dev.langchain4j..",
              "java.net.http..")
          .because("anything that talks to the outside world belongs in an activity");

  @ArchTest
  static final ArchRule NO_NONDETERMINISM =
      noClasses()
          .that()
          .resideInAPackage("dev.dialer.workflows..")
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethod(Thread.class, "sleep", long.class)
          .orShould()
          .callMethod(Thread.class, "sleep", long.class, int.class)
          .orShould()
          .callMethod(UUID.class, "randomUUID")
          .orShould()
          .callMethod(Math.class, "random")
          .because(
              "a replayed workflow must decide exactly as it did the first time: use"
                  + " Workflow.currentTimeMillis, Workflow.sleep, Workflow.randomUUID and"
                  + " Workflow.newRandom");
}
