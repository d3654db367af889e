package dev.dialer.api.compliance;

import dev.dialer.workflows.compliance.ComplianceDecision;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplianceController {

  private final ComplianceService compliance;
  private final ComplianceRules rules;

  ComplianceController(ComplianceService compliance, ComplianceRules rules) {
    this.compliance = compliance;
    this.rules = rules;
  }

  /** The rule table the dialer enforces, with sources, effective dates and verification. */
  @GetMapping("/rules")
  RulesView rules() {
    return rules.list();
  }

  @GetMapping("/check")
  ComplianceDecision check(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String at,
      @RequestParam(required = false) String campaignId,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String timezone,
      @RequestParam(required = false) String zip,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) Integer maxAttemptsPerDay,
      @RequestParam(required = false) String person,
      @RequestParam(required = false) Boolean locationVerified) {
    return compliance.check(
        new CheckParams(
            phone,
            at,
            campaignId,
            purpose,
            timezone,
            zip,
            state,
            subject,
            maxAttemptsPerDay,
            person,
            locationVerified));
  }
}
