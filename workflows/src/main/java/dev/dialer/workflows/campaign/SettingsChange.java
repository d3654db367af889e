package dev.dialer.workflows.campaign;

import dev.dialer.workflows.compliance.CallingHours;
import java.time.Instant;

/** A change to a campaign's settings ({@code PATCH}); null parts stay as they are. */
public record SettingsChange(
    Pacing pacing, CallingHours callingHours, RetryPolicy retry, Instant endAt) {}
