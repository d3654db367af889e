package dev.dialer.media.outcome;

import dev.langchain4j.model.output.structured.Description;

/** The model's reading of a promise to pay. */
public record PromiseFacts(
    @Description("the amount the callee agreed to pay, as said, e.g. $120.00; null if none")
        String amount,
    @Description("the day they will pay, ISO yyyy-MM-dd in the callee's time zone; null if none")
        String date) {}
