package dev.dialer.media.outcome;

import dev.langchain4j.model.output.structured.Description;

/** The model's reading of a callback request. */
public record CallbackFacts(
    @Description(
            "when to call back, ISO yyyy-MM-dd'T'HH:mm local time of the callee; null if no time")
        String at) {}
