package dev.dialer.media.outcome;

import dev.langchain4j.model.output.structured.Description;

/** What the model reads from an appointment confirmation's transcript. */
public record AppointmentFacts(
    @Description("the callee confirmed the appointment") Boolean confirmed,
    @Description(
            "the time the callee asked to move it to, ISO yyyy-MM-dd'T'HH:mm local; null if none")
        String rescheduleTo,
    @Description("the callee canceled the appointment") Boolean canceled,
    @Description("the callee asked to be called back; null if not") CallbackFacts callbackRequested,
    @Description("the number does not reach the person the call was for") Boolean wrongPerson,
    @Description("the callee asked not to be called again") Boolean optedOut,
    @Description("what the callee asked that the agent could not answer; null if nothing")
        String openQuestion,
    @Description("one or two sentences on how the call went") String summary) {}
