package dev.dialer.workflows.campaign;

public record ContactsAdded(long accepted) {}
