package dev.dialer.sim.call;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Twilio's {@code /2010-04-01/Accounts/{AccountSid}/Calls} REST resource. */
@RestController
@RequestMapping(
    path = "/2010-04-01/Accounts/{AccountSid}",
    produces = MediaType.APPLICATION_JSON_VALUE)
public class CallsController {

  private final CallService calls;

  CallsController(CallService calls) {
    this.calls = calls;
  }

  @PostMapping("/Calls.json")
  @ResponseStatus(HttpStatus.CREATED)
  CallResource create(@RequestParam MultiValueMap<String, String> params) {
    return calls.create(params);
  }

  @GetMapping("/Calls.json")
  CallListPage list(@RequestParam MultiValueMap<String, String> params) {
    return calls.list(params);
  }

  @GetMapping("/Calls/{CallSid}.json")
  CallResource fetch(@PathVariable("CallSid") String sid) {
    return calls.fetch(sid);
  }

  @PostMapping("/Calls/{CallSid}.json")
  CallResource update(
      @PathVariable("CallSid") String sid, @RequestParam MultiValueMap<String, String> params) {
    return calls.update(sid, params);
  }
}
