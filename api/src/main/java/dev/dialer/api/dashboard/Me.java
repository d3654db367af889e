package dev.dialer.api.dashboard;

/** Who the dashboard's key is: its non-secret id and role, which decide the controls it shows. */
public record Me(String keyId, String role) {}
