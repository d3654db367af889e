package dev.dialer.workflows.conversation;

import java.time.LocalDate;

/**
 * What the callee promised to pay, and by when.
 *
 * @param amount as the callee (or, when they agreed without naming one, the agent) said it, e.g.
 *     {@code $120.00}; null when no amount was said
 * @param date the day, in the callee's time zone; null when they named none
 */
public record PromiseToPay(String amount, LocalDate date) {}
