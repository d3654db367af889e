package dev.dialer.activities.campaign;

/** A contact a claim moves to DIALING: its call's id and the number, in E.164, the call dials. */
record DialingContact(HopperContact contact, String callId, String phone) {}
