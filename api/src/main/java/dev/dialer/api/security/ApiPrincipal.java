package dev.dialer.api.security;

/**
 * Who made a request: the key's id (safe to log and to store in audit rows, it reveals nothing of
 * the key) and its role.
 */
public record ApiPrincipal(String keyId, Role role) {}
