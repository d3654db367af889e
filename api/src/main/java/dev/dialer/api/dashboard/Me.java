package dev.dialer.api.dashboard;

/**
 * Who the dashboard's key is: its non-secret id and role, which decide the controls it shows; and
 * where Temporal UI is (TEMPORAL_UI_URL, null when unset) with the namespace the workflows run in,
 * for the dashboard's links to a call's or campaign's workflow there.
 */
public record Me(String keyId, String role, String temporalUiUrl, String temporalNamespace) {}
