package dev.dialer.workflows.conversation;

/**
 * What became of work sent to a media host.
 *
 * @param delivered true when the call's socket was live on that host and took it
 * @param detail why not, when not delivered
 */
public record MediaDelivery(boolean delivered, String detail) {}
