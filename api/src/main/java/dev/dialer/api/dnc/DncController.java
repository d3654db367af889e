package dev.dialer.api.dnc;

import dev.dialer.activities.dnc.DncEntry;
import dev.dialer.activities.dnc.DncPage;
import dev.dialer.activities.dnc.DncStore;
import dev.dialer.activities.dnc.ImportResult;
import dev.dialer.api.web.ApiException;
import dev.dialer.api.web.E164;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The internal do-not-call list, and the national registry's import. */
@RestController
@RequestMapping(path = "/api/dnc", produces = MediaType.APPLICATION_JSON_VALUE)
class DncController {

  private final DncStore dnc;
  private final RegistryImport registry;

  DncController(DncStore dnc, RegistryImport registry) {
    this.dnc = dnc;
    this.registry = registry;
  }

  @PutMapping(path = "/{e164}", consumes = MediaType.APPLICATION_JSON_VALUE)
  DncEntry add(@PathVariable String e164, @RequestBody(required = false) DncRequest body) {
    String phone = E164.of("e164", e164);
    DncRequest request = body == null ? new DncRequest(null, null) : body;
    return dnc.addInternal(phone, sourceOr(request.source()), request.reason());
  }

  @DeleteMapping("/{e164}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable String e164) {
    String phone = E164.of("e164", e164);
    if (!dnc.removeInternal(phone)) {
      throw notListed(phone);
    }
  }

  @GetMapping("/{e164}")
  DncEntry get(@PathVariable String e164) {
    String phone = E164.of("e164", e164);
    return dnc.findInternal(phone).orElseThrow(() -> notListed(phone));
  }

  @GetMapping
  DncPage list(
      @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
    if (limit < 1 || limit > 500) {
      throw ApiException.invalid("limit", "'limit' must be between 1 and 500; got " + limit + ".");
    }
    if (offset < 0) {
      throw ApiException.invalid("offset", "'offset' must be 0 or more; got " + offset + ".");
    }
    return dnc.listInternal(limit, offset);
  }

  /** Streams the body: a registry file of millions of lines is never held in memory. */
  @PostMapping(
      path = "/import",
      consumes = {MediaType.TEXT_PLAIN_VALUE, "text/csv"})
  ImportResult importRegistry(
      InputStream body, @RequestParam(required = false) String snapshotDate) {
    return registry.run(body, snapshotDate);
  }

  static String sourceOr(String source) {
    return source == null || source.isBlank() ? "api" : source;
  }

  static ApiException notListed(String phone) {
    return new ApiException(
        HttpStatus.NOT_FOUND, "DNC_NOT_FOUND", phone + " is not on the do-not-call list.", "e164");
  }
}
