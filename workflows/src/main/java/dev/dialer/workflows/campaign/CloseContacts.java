package dev.dialer.workflows.campaign;

/**
 * @param state CANCELED or EXPIRED
 */
public record CloseContacts(String campaignId, ContactState state) {}
