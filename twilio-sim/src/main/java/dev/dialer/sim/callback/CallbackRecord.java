package dev.dialer.sim.callback;

import dev.dialer.sim.scenario.CallbackFault;

/**
 * One status callback of a call as the sim's ledger tells it.
 *
 * @param fault what the network did to it (DROP: never sent)
 * @param sent deliveries attempted (two for a duplicate)
 * @param acknowledged deliveries the receiver answered with a 2xx
 * @param refused deliveries that failed or got another status (the receiver was down, say)
 */
public record CallbackRecord(
    int sequenceNumber,
    String status,
    CallbackFault fault,
    int sent,
    int acknowledged,
    int refused) {}
