package dev.dialer.api.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints an {@link InsecureSettingsException} as Spring Boot's short start-up failure report. */
class InsecureSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InsecureSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InsecureSettingsException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix that setting (see the README's Configuration and Access sections) and start again.",
        cause);
  }
}
