package dev.dialer.sim.call;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.callback.CallbackLog;
import dev.dialer.sim.error.TwilioApiException;
import dev.dialer.sim.ledger.Ledger;
import dev.dialer.sim.scenario.FailCreate;
import dev.dialer.sim.scenario.Scenario;
import dev.dialer.sim.scenario.ScenarioStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/** The Calls resource: create, fetch, list, update. */
@Service
class CallService {

  private static final Logger log = LoggerFactory.getLogger(CallService.class);

  private final CallStore calls;
  private final CallLifecycle lifecycle;
  private final ScenarioStore scenarios;
  private final Ledger ledger;
  private final SimProperties properties;
  private final Clock clock;
  private final CallbackLog callbackLog;
  private final List<CallObserver> observers;

  CallService(
      CallStore calls,
      CallLifecycle lifecycle,
      ScenarioStore scenarios,
      Ledger ledger,
      SimProperties properties,
      Clock clock,
      CallbackLog callbackLog,
      List<CallObserver> observers) {
    this.callbackLog = callbackLog;
    this.calls = calls;
    this.lifecycle = lifecycle;
    this.scenarios = scenarios;
    this.ledger = ledger;
    this.properties = properties;
    this.clock = clock;
    this.observers = observers;
  }

  CallResource create(MultiValueMap<String, String> params) {
    CallRequest request = CallRequestParser.parse(new FormParams(params));
    Scenario scenario = scenarios.forNumber(request.to());
    FailCreate failure = scenario.failCreateWith();
    if (failure != null) {
      log.info("Refusing call to {} with {} as the scenario asks", request.to(), failure.code());
      throw new TwilioApiException(failure.status(), failure.code(), failure.message());
    }
    String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
    SimCall call = new SimCall(sid, properties.accountSid(), request, scenario, clock.instant());
    calls.add(call);
    ledger.record(call);
    log.info("{} queued to {} from {}", sid, request.to(), request.from());
    callbackLog.created(call);
    observers.forEach(observer -> observer.created(call, params));
    lifecycle.begin(call);
    CallResource created = CallResource.of(call.snapshot());
    // Chaos: an "early" call answers its create (still "queued", as Twilio's does) only once its
    // first callback went out.
    callbackLog.awaitIfEarly(call);
    return created;
  }

  CallResource fetch(String sid) {
    return CallResource.of(find(sid).snapshot());
  }

  CallListPage list(MultiValueMap<String, String> params) {
    CallListQuery query = CallListQuery.parse(params);
    return CallListing.page(
        properties.accountSid(),
        query,
        params,
        calls.newestFirst().stream().map(SimCall::snapshot).filter(query::matches).toList());
  }

  CallResource update(String sid, MultiValueMap<String, String> params) {
    SimCall call = find(sid);
    FormParams form = new FormParams(params);
    String statusCallback = form.url("StatusCallback", 21609);
    if (statusCallback != null) {
      call.statusCallback(statusCallback, form.method("StatusCallbackMethod"));
    }
    String status = form.get("Status");
    String url = form.url("Url", 21205);
    String twiml = form.get("Twiml");
    if (status != null) {
      switch (status) {
        case "completed" -> lifecycle.hangUp(call);
        case "canceled" -> lifecycle.cancel(call);
        default ->
            throw TwilioApiException.invalidParameter(
                "Status must be canceled or completed, not " + status);
      }
    } else if (url != null || twiml != null) {
      if (call.snapshot().status().isFinal()) {
        throw TwilioApiException.badRequest(21220, "Call is not in-progress. Cannot redirect.");
      }
      call.redirect(url, form.method("Method"), url == null ? twiml : null);
      lifecycle.redirect(call);
    }
    return CallResource.of(call.snapshot());
  }

  private SimCall find(String sid) {
    return calls
        .find(sid)
        .orElseThrow(
            () ->
                TwilioApiException.notFound(
                    CallResource.path(properties.accountSid(), sid) + ".json"));
  }
}
