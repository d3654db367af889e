package dev.dialer.sim.call;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Twilio's Call resource JSON, every field of api.v2010.account.call. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CallResource(
    String sid,
    String dateCreated,
    String dateUpdated,
    String parentCallSid,
    String accountSid,
    String to,
    String toFormatted,
    String from,
    String fromFormatted,
    String phoneNumberSid,
    CallStatus status,
    String startTime,
    String endTime,
    String duration,
    String price,
    String priceUnit,
    String direction,
    String answeredBy,
    String apiVersion,
    String forwardedFrom,
    String groupSid,
    String callerName,
    String queueTime,
    String trunkSid,
    String uri,
    Map<String, String> subresourceUris) {

  private static final List<String> SUBRESOURCES =
      List.of(
          "notifications",
          "recordings",
          "payments",
          "events",
          "siprec",
          "streams",
          "transcriptions",
          "user_defined_message_subscriptions",
          "user_defined_messages");
  private static final double PRICE_PER_MINUTE = 0.014;

  static String path(String accountSid, String callSid) {
    return "/2010-04-01/Accounts/" + accountSid + "/Calls/" + callSid;
  }

  static CallResource of(CallSnapshot call) {
    String base = path(call.accountSid(), call.sid());
    Map<String, String> subresources = new LinkedHashMap<>();
    SUBRESOURCES.forEach(name -> subresources.put(name, base + "/" + camel(name) + ".json"));
    CallRequest request = call.request();
    boolean completed = call.status() == CallStatus.COMPLETED;
    return new CallResource(
        call.sid(),
        TwilioDates.rfc2822(call.dateCreated()),
        TwilioDates.rfc2822(call.dateUpdated()),
        null,
        call.accountSid(),
        request.to(),
        PhoneNumbers.format(request.to()),
        request.from(),
        PhoneNumbers.format(request.from()),
        null,
        call.status(),
        TwilioDates.rfc2822(call.startTime()),
        TwilioDates.rfc2822(call.endTime()),
        completed ? Integer.toString(call.durationSeconds()) : null,
        completed
            ? String.format(Locale.ROOT, "-%.5f", call.billedMinutes() * PRICE_PER_MINUTE)
            : null,
        "USD",
        CallSnapshot.DIRECTION,
        call.answeredBy(),
        CallSnapshot.API_VERSION,
        null,
        null,
        null,
        "0",
        null,
        base + ".json",
        subresources);
  }

  /** user_defined_messages → UserDefinedMessages, as in Twilio's subresource paths. */
  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
