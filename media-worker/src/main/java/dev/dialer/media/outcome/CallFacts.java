package dev.dialer.media.outcome;

import dev.langchain4j.model.output.structured.Description;

/** What the model reads from any other call's transcript. */
public record CallFacts(
    @Description("the callee asked to be called back; null if not") CallbackFacts callbackRequested,
    @Description("the number does not reach the person the call was for") Boolean wrongPerson,
    @Description("the callee asked not to be called again") Boolean optedOut,
    @Description("what the callee asked that the agent could not answer; null if nothing")
        String openQuestion,
    @Description("one or two sentences on how the call went") String summary) {}
