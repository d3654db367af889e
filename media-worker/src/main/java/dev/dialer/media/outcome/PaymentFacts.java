package dev.dialer.media.outcome;

import dev.langchain4j.model.output.structured.Description;

/** What the model reads from a payment reminder's transcript. */
public record PaymentFacts(
    @Description("the callee's promise to pay; null if they made none") PromiseFacts promiseToPay,
    @Description("the callee disputes the debt") Boolean disputed,
    @Description("the callee says it is already paid") Boolean paidAlready,
    @Description("the callee asked to be called back; null if not") CallbackFacts callbackRequested,
    @Description("the number does not reach the person the call was for") Boolean wrongPerson,
    @Description("the callee asked not to be called again") Boolean optedOut,
    @Description("what the callee asked that the agent could not answer; null if nothing")
        String openQuestion,
    @Description("one or two sentences on how the call went") String summary) {}
