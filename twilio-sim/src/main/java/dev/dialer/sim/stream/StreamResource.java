package dev.dialer.sim.stream;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Twilio's Stream resource of a Call, as the REST API answers it (snake_case, RFC 2822 date). */
record StreamResource(
    String sid,
    @JsonProperty("account_sid") String accountSid,
    @JsonProperty("call_sid") String callSid,
    String name,
    String status,
    @JsonProperty("date_updated") String dateUpdated,
    String uri) {}
