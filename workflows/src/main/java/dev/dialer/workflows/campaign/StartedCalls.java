package dev.dialer.workflows.campaign;

/**
 * @param started calls started now; one that existed already (a retried start) is not counted
 */
public record StartedCalls(int started) {}
