package dev.dialer.workflows.conversation;

import java.time.Instant;

/**
 * The callee asked to be called back.
 *
 * @param at when, resolved against the call's time in the callee's zone; null when they named no
 *     time
 */
public record CallbackRequested(Instant at) {}
