package dev.dialer.api.campaign;

import java.util.Map;

/**
 * A checked contact in the form it is stored: phone in E.164, zip of 5 digits, state upper-case.
 */
record Contact(
    String phone,
    String name,
    String timezone,
    String zip,
    String state,
    Map<String, String> customParameters) {}
