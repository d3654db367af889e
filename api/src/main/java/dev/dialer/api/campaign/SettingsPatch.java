package dev.dialer.api.campaign;

/** {@code PATCH /api/campaigns/{id}}: what may change, also while the campaign runs. */
record SettingsPatch(PacingBody pacing, ScheduleBody schedule, RetryBody retry) {}
