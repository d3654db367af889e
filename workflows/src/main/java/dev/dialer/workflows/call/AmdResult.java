package dev.dialer.workflows.call;

/**
 * Twilio's asynchronous answering-machine-detection result.
 *
 * @param answeredBy human, machine_start, machine_end_beep, machine_end_silence, machine_end_other,
 *     fax or unknown
 * @param detectionMillis MachineDetectionDuration
 */
public record AmdResult(String callSid, String answeredBy, Integer detectionMillis) {}
