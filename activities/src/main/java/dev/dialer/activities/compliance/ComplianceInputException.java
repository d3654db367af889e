package dev.dialer.activities.compliance;

/** An input the engine cannot read; {@link #field()} names it so the api can answer 400. */
public class ComplianceInputException extends IllegalArgumentException {

  private final String field;

  public ComplianceInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
