package cn.xinfang.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.calendar.HolidayFolderWatch;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseUnit;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deadline counted into 2027 before the 2027 holiday file exists is provisional; when the file
 * appears in the holiday folder, the deadline is counted again over the Spring Festival and the
 * case file, the timer, the task's due date and the record follow. The 2027 file is test data
 * (src/test/resources/test-holidays/2027.json), not the State Council's arrangement.
 */
class DeadlineRecountTest extends CaseTest {

  /** A holiday folder of this test: the shipped 2024–2026 files, no 2027 yet. */
  static final Path HOLIDAYS = holidaysUpTo2026();

  /** Wednesday 2026-12-09, 09:00 in Beijing: 60 days of handling end on Sunday 2027-02-07. */
  static final Instant SIGNED = Instant.parse("2026-12-09T01:00:00Z");

  @DynamicPropertySource
  static void holidayFolder(DynamicPropertyRegistry properties) {
    properties.add("platform.holidays.dir", HOLIDAYS::toString);
  }

  @Autowired HolidayFolderWatch holidayFolder;
  @Autowired BusinessCalendar calendar;
  @Autowired DeadlineRecount recount;
  @Autowired CaseUnits units;
  @Autowired ManagementService management;

  CaseTimers timers;

  @BeforeEach
  void withoutHolidayDataFor2027() throws IOException {
    Files.deleteIfExists(HOLIDAYS.resolve("2027.json"));
    calendar.reload();
    ClockUtil.setCurrentTime(Date.from(SIGNED));
    timers = new CaseTimers(management, runtime);
  }

  @Test
  void aDeadlineCountedIntoAYearWithoutHolidaysIsCountedAgainWhenTheYearsFileArrives()
      throws IOException {
    Registration r = signedFor(701);
    // weekends only: Sunday 02-07 rolls to Monday 02-08, which the 2027 Spring Festival covers
    assertThat(handling(r).handlingDeadline()).isEqualTo("2027-02-08");
    assertThat(handling(r).handlingDeadlineProvisional()).isTrue();
    assertThat(timers.due(r.caseNo(), "Timer_HandlingOverdue"))
        .isEqualTo(Instant.parse("2027-02-08T15:59:59.999Z"));
    Instant halfBefore = timers.due(r.caseNo(), "Timer_HandlingReminder");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-20T02:00:00Z")));
    add2027();
    holidayFolder.check();

    // 02-05 to 02-13 off, Sunday 02-14: the deadline is Monday 02-15
    assertThat(handling(r).handlingDeadline()).isEqualTo("2027-02-15");
    assertThat(handling(r).handlingDeadlineProvisional()).isFalse();
    assertThat(unit(r.caseNo(), "human-resources").handlingDeadline()).isEqualTo("2027-02-15");
    assertThat(timers.due(r.caseNo(), "Timer_HandlingOverdue"))
        .isEqualTo(Instant.parse("2027-02-15T15:59:59.999Z"));
    assertThat(timers.due(r.caseNo(), "Timer_HandlingReminder")).isAfter(halfBefore);
    assertThat(
            desk.visibleTask("human-resources-official", r.caseNo(), "Task_HandleCase")
                .getDueDate()
                .toInstant())
        .isEqualTo(Instant.parse("2027-02-15T15:59:59.999Z"));
    assertThat(recounts(r))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.unit()).isEqualTo("human-resources");
              assertThat(e.actor()).isEqualTo("系统");
              assertThat(e.detail())
                  .startsWith("办理期限由 2027-02-08 改为 2027-02-15：")
                  .contains("缺少节假日数据", "2026、2027 年法定节假日");
            });

    // looking again finds nothing new
    holidayFolder.check();
    assertThat(recount.recountAll()).isZero();
    assertThat(recounts(r)).hasSize(1);
  }

  @Test
  void aDeadlineThatDoesNotMoveIsNoLongerProvisionalAndNothingIsRecorded() throws IOException {
    // signed 2026-12-20: 60 days end on Thursday 2027-02-18, a working day either way
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-20T01:00:00Z")));
    Registration r = signedFor(702);
    assertThat(handling(r).handlingDeadline()).isEqualTo("2027-02-18");
    assertThat(handling(r).handlingDeadlineProvisional()).isTrue();

    add2027();
    holidayFolder.check();

    assertThat(handling(r).handlingDeadline()).isEqualTo("2027-02-18");
    assertThat(handling(r).handlingDeadlineProvisional()).isFalse();
    assertThat(recounts(r)).isEmpty();
  }

  @Test
  void twoNodesRecountingAtOnceChangeADeadlineOnce() throws Exception {
    Registration r = signedFor(703);
    add2027();
    calendar.reload();

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> nodes = List.of(node(start), node(start));
    start.countDown();
    int changed = nodes.stream().mapToInt(CompletableFuture::join).sum();

    assertThat(changed).isEqualTo(1);
    assertThat(recounts(r)).hasSize(1);
    assertThat(handling(r).handlingDeadline()).isEqualTo("2027-02-15");
    assertThat(timers.due(r.caseNo(), "Timer_HandlingOverdue"))
        .isEqualTo(Instant.parse("2027-02-15T15:59:59.999Z"));
  }

  private CompletableFuture<Integer> node(CountDownLatch start) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return recount.recountAll();
        });
  }

  private Registration signedFor(int seed) {
    Registration r = flow.register(Petitions.claim(seed).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    return r;
  }

  private CaseUnit handling(Registration r) {
    return units.current(r.caseNo(), "human-resources").orElseThrow();
  }

  private List<CaseView.Entry> recounts(Registration r) {
    return view(r.caseNo()).record().stream()
        .filter(e -> e.action().equals(CaseAction.DEADLINE_RECOUNTED.name()))
        .toList();
  }

  private static void add2027() throws IOException {
    Files.copy(
        Path.of("src/test/resources/test-holidays/2027.json"),
        HOLIDAYS.resolve("2027.json"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static Path holidaysUpTo2026() {
    try {
      Path folder = Files.createTempDirectory("holidays");
      for (int year = 2024; year <= 2026; year++) {
        Files.copy(Path.of("config/holidays/" + year + ".json"), folder.resolve(year + ".json"));
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
