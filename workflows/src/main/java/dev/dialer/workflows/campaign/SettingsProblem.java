package dev.dialer.workflows.campaign;

/** One reason settings were refused: the field, in the REST body's terms, and why. */
public record SettingsProblem(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
