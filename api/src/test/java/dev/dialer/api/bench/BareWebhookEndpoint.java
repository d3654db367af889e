package dev.dialer.api.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of {@link WebhookThroughputBenchmark}: a form POST under {@code /twilio/**} (the same
 * filters as the status callback) that reads the form and answers 204, with no signature check and
 * no inbox. Test scope only, and only in a run given {@code -Dbench.webhooks}: it is never in the
 * production jar nor in the route table the other tests check.
 */
@RestController
@ConditionalOnProperty(name = "bench.webhooks")
class BareWebhookEndpoint {

  static final String PATH = "/twilio/bench-bare";

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Void> bare(@RequestParam MultiValueMap<String, String> form) {
    return form.containsKey("CallSid")
        ? ResponseEntity.noContent().build()
        : ResponseEntity.badRequest().build();
  }
}
