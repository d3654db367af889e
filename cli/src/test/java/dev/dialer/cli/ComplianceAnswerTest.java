package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo reads what the api's compliance check really writes, not a copy of its shape. */
class ComplianceAnswerTest {

  private final ObjectMapper api =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void givenTheApisDecisionForAClosedWindow_whenRead_itShouldNotBeCallableNow() throws Exception {
    ComplianceDecision decision =
        new ComplianceDecision(
            false,
            Block.WINDOW,
            List.of(new Reason("FEDERAL_WINDOW", "closed at 21:17", true)),
            List.of("America/Puerto_Rico"),
            Map.of("America/Puerto_Rico", "2026-11-21T21:17"),
            Instant.parse("2026-11-22T12:00:00Z"),
            List.of());

    ComplianceAnswer answer =
        new ObjectMapper().readValue(api.writeValueAsString(decision), ComplianceAnswer.class);

    assertThat(answer.callableNow()).isFalse();
    assertThat(answer.blockedBy()).isEqualTo("WINDOW");
    assertThat(answer.nextAllowedAt()).isEqualTo("2026-11-22T12:00:00Z");
  }

  @Test
  void givenTheApisDecisionForAnOpenWindow_whenRead_itShouldBeCallableNow() throws Exception {
    ComplianceDecision decision =
        new ComplianceDecision(
            true, null, List.of(), List.of(), Map.of(), Instant.now(), List.of());

    assertThat(
            new ObjectMapper()
                .readValue(api.writeValueAsString(decision), ComplianceAnswer.class)
                .callableNow())
        .isTrue();
  }
}
