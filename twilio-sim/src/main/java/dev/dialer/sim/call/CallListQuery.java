package dev.dialer.sim.call;

import dev.dialer.sim.error.TwilioApiException;
import org.springframework.util.MultiValueMap;

/**
 * The filters and paging of a list request.
 *
 * <p>Start-time filters read start_time only, as Twilio's do: Twilio sets start_time when a call
 * leaves its queue, so a call still queued (above the account's calls per second) has none and no
 * StartTime filter matches it. A client looking for a call it may just have created has to list by
 * status as well.
 */
record CallListQuery(
    String to,
    String from,
    String parentCallSid,
    CallStatus status,
    TimeWindow started,
    TimeWindow ended,
    int pageSize,
    int page,
    String pageToken) {

  private static final int DEFAULT_PAGE_SIZE = 50;
  private static final int MAX_PAGE_SIZE = 1000;

  static CallListQuery parse(MultiValueMap<String, String> params) {
    FormParams form = new FormParams(params);
    String status = form.get("Status");
    return new CallListQuery(
        form.get("To"),
        form.get("From"),
        form.get("ParentCallSid"),
        status == null
            ? null
            : CallStatus.fromWire(status)
                .orElseThrow(
                    () ->
                        TwilioApiException.invalidParameter(
                            "Status is not a call status: " + status)),
        TimeWindow.parse("StartTime", params),
        TimeWindow.parse("EndTime", params),
        Math.min(MAX_PAGE_SIZE, integer(form, "PageSize", DEFAULT_PAGE_SIZE, 1)),
        integer(form, "Page", 0, 0),
        form.get("PageToken"));
  }

  boolean matches(CallSnapshot call) {
    return (to == null || to.equals(call.request().to()))
        && (from == null || from.equals(call.request().from()))
        && parentCallSid == null
        && (status == null || status == call.status())
        && started.contains(call.startTime())
        && ended.contains(call.endTime());
  }

  private static int integer(FormParams form, String name, int fallback, int minimum) {
    String value = form.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= minimum) {
        return parsed;
      }
    } catch (NumberFormatException notAnInteger) {
      // refused below
    }
    throw TwilioApiException.invalidParameter(
        name + " must be an integer >= " + minimum + ", not " + value);
  }
}
