package dev.dialer.workflows.compliance;

/**
 * One rule the engine applied.
 *
 * @param rule a stable name such as {@code FEDERAL_WINDOW}, {@code STATE_WINDOW:FL} or {@code
 *     DNC_INTERNAL}
 * @param detail what it found, in words, with the rule's source
 * @param blocking whether this rule blocks the call at the asked instant
 */
public record Reason(String rule, String detail, boolean blocking) {}
