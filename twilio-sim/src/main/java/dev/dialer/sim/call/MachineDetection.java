package dev.dialer.sim.call;

import java.util.Arrays;
import java.util.Optional;

/** The create parameter {@code MachineDetection} and the AnsweredBy verdicts each mode gives. */
public enum MachineDetection {
  ENABLE("Enable", "machine_start"),
  /** A machine's greeting ends in a beep: its mailbox then records. */
  DETECT_MESSAGE_END("DetectMessageEnd", MachineDetection.AFTER_BEEP);

  /** The verdict of a greeting that ended in a beep: the moment to leave a message. */
  public static final String AFTER_BEEP = "machine_end_beep";

  private final String wire;
  private final String machineVerdict;

  MachineDetection(String wire, String machineVerdict) {
    this.wire = wire;
    this.machineVerdict = machineVerdict;
  }

  public String wire() {
    return wire;
  }

  public String answeredBy(Outcome outcome) {
    return switch (outcome) {
      case HUMAN -> "human";
      case MACHINE -> machineVerdict;
      default -> "unknown";
    };
  }

  public static Optional<MachineDetection> fromWire(String value) {
    return Arrays.stream(values()).filter(m -> m.wire.equalsIgnoreCase(value)).findFirst();
  }
}
