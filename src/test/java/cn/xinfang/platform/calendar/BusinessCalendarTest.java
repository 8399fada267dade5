package cn.xinfang.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-checked deadlines across the 2025 and 2026 Spring Festival and National Day holidays, with
 * their make-up working days (config/holidays).
 */
class BusinessCalendarTest {

  final BusinessCalendar calendar =
      new BusinessCalendar(
          ZoneId.of("Asia/Shanghai"), HolidayCalendar.load(Path.of("config/holidays")));

  @ParameterizedTest(name = "{1} 个工作日，自 {0} 起 → {2}")
  @CsvSource({
    // 10-01..07 off; 10-08 Thu, 10-09 Fri, 10-10 Sat (调休上班), 10-12 Mon, 10-13 Tue
    "2026-09-30, 5, 2026-10-13",
    // 02-13 Fri, 02-14 Sat (调休), 02-15..23 off, 02-24, 02-25, 02-26
    "2026-02-12, 5, 2026-02-26",
    // 01-26 Sun (调休), 01-27, 01-28..02-04 off, 02-05, 02-06, 02-07
    "2025-01-24, 5, 2025-02-07",
    // 09-28 Sun (调休), 09-29, 09-30, 10-01..08 off, 10-09, 10-10
    "2025-09-26, 5, 2025-10-10",
    // an ordinary week
    "2026-11-20, 5, 2026-11-27",
  })
  void workingDaysSkipHolidaysAndCountMakeUpDays(LocalDate from, int days, LocalDate deadline) {
    assertThat(calendar.plusWorkingDays(from, days)).isEqualTo(deadline);
  }

  @ParameterizedTest(name = "{1} 日，自 {0} 起 → {2}")
  @CsvSource({
    // lands on 10-10, a Saturday that is a make-up working day: it stays
    "2026-09-25, 15, 2026-10-10",
    "2026-08-20, 60, 2026-10-19",
    // lands on 10-03 (National Day): rolls to 10-08
    "2026-09-18, 15, 2026-10-08",
    // lands on 10-01 2025: rolls past the holiday to 10-09
    "2025-09-16, 15, 2025-10-09",
    // lands on 2026-02-15 (Spring Festival): rolls to 02-24
    "2026-01-31, 15, 2026-02-24",
    // lands on a Sunday: rolls to Monday
    "2026-11-07, 15, 2026-11-23",
  })
  void calendarDaysRollForwardOffDays(LocalDate from, int days, LocalDate deadline) {
    assertThat(calendar.plusDays(from, days)).isEqualTo(deadline);
  }

  @Test
  void aYearWithoutHolidayDataCountsWeekendsOnlyAndIsReported() {
    assertThat(calendar.holidays().years()).contains(2024, 2025, 2026).doesNotContain(2099);

    // 2099-01-01 is a Thursday: Fri 2, Mon 5, Tue 6, Wed 7, Thu 8
    assertThat(calendar.plusWorkingDays(LocalDate.of(2099, 1, 1), 5))
        .isEqualTo(LocalDate.of(2099, 1, 8));

    assertThat(calendar.holidays().missingYearsUsed()).containsExactly(2099);
  }

  @Test
  void aDeadlineCountedThroughAYearWithoutHolidayDataIsProvisional() {
    assertThat(calendar.deadlineInDays(LocalDate.of(2026, 11, 20), 15))
        .isEqualTo(new Deadline(LocalDate.of(2026, 12, 7), false));
    assertThat(calendar.deadlineInDays(LocalDate.of(2098, 12, 20), 15).provisional()).isTrue();
    assertThat(calendar.deadlineInWorkingDays(LocalDate.of(2098, 12, 30), 5).provisional())
        .isTrue();
  }

  @Test
  void aNewYearsFileIsReadWithoutARestartAndABrokenOneIsIgnored(@TempDir Path folder)
      throws IOException {
    Files.copy(Path.of("config/holidays/2026.json"), folder.resolve("2026.json"));
    BusinessCalendar reloading = new BusinessCalendar("Asia/Shanghai", folder.toString());
    assertThat(reloading.reload()).isFalse();

    Files.writeString(
        folder.resolve("2098.json"),
        "{\"year\": 2098, \"days\": [{\"date\": \"2098-01-01\", \"isOffDay\": true}]}");
    assertThat(reloading.reload()).isTrue();
    assertThat(reloading.holidays().years()).containsExactly(2026, 2098);
    assertThat(reloading.isWorkingDay(LocalDate.of(2098, 1, 1))).isFalse();

    Files.writeString(folder.resolve("2099.json"), "{ not json");
    assertThat(reloading.reload()).isFalse();
    assertThat(reloading.holidays().years()).containsExactly(2026, 2098);
  }

  @Test
  void datesAreBeijingDatesWhateverTheServerZone() {
    // 07:00 on the 25th in Beijing is still the 24th in UTC
    Instant registered = Instant.parse("2026-09-24T23:00:00Z");

    assertThat(calendar.dateOf(registered)).isEqualTo(LocalDate.of(2026, 9, 25));
    assertThat(calendar.endOf(LocalDate.of(2026, 10, 10)).toInstant())
        .isEqualTo(Instant.parse("2026-10-10T15:59:59.999Z"));
  }

  @Test
  void remindersFallAtFractionsOfThePeriod() {
    Instant start = Instant.parse("2026-11-01T16:00:00Z"); // 11-02 00:00 Beijing
    LocalDate deadline = LocalDate.of(2026, 11, 11); // ends 11-11 24:00 Beijing: 10 days

    assertThat(calendar.fractionOf(start, deadline, 0.5).toInstant())
        .isEqualTo(Instant.parse("2026-11-06T16:00:00Z"));
  }
}
