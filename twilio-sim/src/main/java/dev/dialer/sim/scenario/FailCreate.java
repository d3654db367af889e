package dev.dialer.sim.scenario;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Makes the create request itself fail with this Twilio error; the call never exists. */
public record FailCreate(
    @NotNull Integer code, @Min(400) @Max(599) Integer status, @NotBlank String message) {

  public FailCreate {
    status = status == null ? 400 : status;
  }
}
