package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Federal holidays by their legal rule, checked against dates OPM publishes for those years. */
class HolidayRuleTest {

  @Test
  void givenAnyYear_whenComputingFederalHolidays_itShouldMatchOpmsPublishedDates() {
    // OPM, "Federal Holidays" for 2027 and 2033: observed dates.
    HolidayCalendar calendar = HolidayCalendar.forYears(2027, 2033, Map.of());
    assertThat(calendar.federalObserved())
        .contains(
            LocalDate.parse("2027-01-18"), // MLK, third Monday
            LocalDate.parse("2027-05-31"), // Memorial Day, last Monday
            LocalDate.parse("2027-06-18"), // Juneteenth, Saturday -> Friday
            LocalDate.parse("2027-07-05"), // Independence Day, Sunday -> Monday
            LocalDate.parse("2027-11-25"), // Thanksgiving, fourth Thursday
            LocalDate.parse("2027-12-24"), // Christmas, Saturday -> Friday
            LocalDate.parse("2027-12-31"), // New Year's Day 2028, Saturday -> Friday before
            LocalDate.parse("2033-11-11"), // Veterans Day, a Friday
            LocalDate.parse("2033-12-26")); // Christmas, Sunday -> Monday
    assertThat(calendar.federalActual())
        .contains(LocalDate.parse("2027-06-19"), LocalDate.parse("2027-12-25"))
        .doesNotContain(LocalDate.parse("2027-12-24"));
    assertThat(calendar.federalObserved()).doesNotContain(LocalDate.parse("2027-12-25"));
  }

  @Test
  void givenAStateHolidayRule_whenTheYearChanges_itShouldFollowTheRule() {
    HolidayRule mardiGras = new HolidayRule("Mardi Gras", "EASTER -47", false, 1900);
    assertThat(mardiGras.actual(2026)).contains(LocalDate.parse("2026-02-17"));
    assertThat(mardiGras.actual(2027)).contains(LocalDate.parse("2027-02-09"));
    HolidayRule pioneer = new HolidayRule("Pioneer Day", "FIXED 07-24", true, 1900);
    // 2027-07-24 is a Saturday: observed on Friday the 23rd.
    assertThat(pioneer.observed(2027)).contains(LocalDate.parse("2027-07-23"));
    HolidayCalendar calendar = HolidayCalendar.forYears(2027, 2027, Map.of("UT", List.of(pioneer)));
    assertThat(calendar.stateDays().get("UT"))
        .contains(LocalDate.parse("2027-07-23"), LocalDate.parse("2027-07-24"));
  }

  @Test
  void givenJuneteenthBefore2021_itShouldNotExist() {
    assertThat(HolidayCalendar.forYears(2020, 2020, Map.of()).federalActual())
        .doesNotContain(LocalDate.parse("2020-06-19"));
  }

  @Test
  void givenAnUnreadableRule_itShouldSayWhatARuleLooksLike() {
    assertThatThrownBy(() -> new HolidayRule("x", "SECOND TUESDAY", false, 1900))
        .hasMessageContaining("FIXED MM-DD");
  }
}
