package dev.dialer.activities.compliance;

/** One row of the {@code state_holiday} table. */
public record StateHoliday(String state, HolidayRule holiday, String citation, boolean verified) {}
