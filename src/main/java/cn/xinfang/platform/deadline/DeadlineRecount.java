package cn.xinfang.platform.deadline;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.calendar.Deadline;
import cn.xinfang.platform.calendar.HolidayDataChanged;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.CaseUnit;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.casefile.CaseUnits.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts provisional deadlines again (期限重算) when holiday data arrives — a new year's file noticed
 * by the calendar's folder check, or found at start. Where a date changes, the case file, the
 * case's pending timers and its open tasks' dates follow, and the record says what changed and why.
 * Only periods still running are counted again: a deadline that has passed stays as it was.
 */
@Service
class DeadlineRecount {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecount.class);

  private final CaseFiles files;
  private final CaseUnits units;
  private final CaseRecord record;
  private final StatutoryDeadlines statutory;
  private final BusinessCalendar calendar;
  private final CaseClocks clocks;
  private final TransactionTemplate eachCase;

  DeadlineRecount(
      CaseFiles files,
      CaseUnits units,
      CaseRecord record,
      StatutoryDeadlines statutory,
      BusinessCalendar calendar,
      CaseClocks clocks,
      PlatformTransactionManager transactions) {
    this.files = files;
    this.units = units;
    this.record = record;
    this.statutory = statutory;
    this.calendar = calendar;
    this.clocks = clocks;
    this.eachCase = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    recountAll();
  }

  @EventListener
  void holidayDataChanged(HolidayDataChanged changed) {
    LOG.info("节假日数据已更新（{} 年），重算暂定期限", changed.years());
    recountAll();
  }

  /**
   * Every case with a provisional deadline, each in its own transaction; returns how many changed.
   * Two nodes doing this at once change each deadline once (see {@link CaseUnits#recount}).
   */
  int recountAll() {
    Set<String> cases = new TreeSet<>(files.withProvisionalForwardDeadline());
    cases.addAll(units.withProvisionalDeadlines());
    int changed = 0;
    for (String caseNo : cases) {
      try {
        if (Boolean.TRUE.equals(eachCase.execute(status -> recount(caseNo)))) {
          changed++;
        }
      } catch (RuntimeException e) {
        LOG.error("案件 {} 期限重算失败，节假日数据再次更新或重启时重试", caseNo, e);
      }
    }
    if (changed > 0) {
      LOG.info("期限重算：{} 件案件的期限已按新的节假日数据调整", changed);
    }
    return changed;
  }

  private boolean recount(String caseNo) {
    List<Change> changes = new ArrayList<>();
    CaseSummary c = files.find(caseNo).orElseThrow();
    if (c.status() == CaseStatus.REGISTERED && c.forwardDeadlineProvisional()) {
      LocalDate registered = calendar.dateOf(c.registeredAt());
      Deadline now = statutory.forward(registered);
      LocalDate was = c.forwardDeadline();
      if (isRunning(was)
          && isDifferent(was, now)
          && files.recountForwardDeadline(caseNo, was, now)
          && !was.equals(now.date())) {
        changes.add(new Change(null, Period.FORWARD.label(), registered, was, now));
      }
    }
    for (CaseUnit u : units.of(caseNo)) {
      if (u.status().isOver()) {
        continue;
      }
      if (u.handlingStartedAt() == null) {
        LocalDate assigned = calendar.dateOf(u.assignedAt());
        if (u.acceptDeadlineProvisional()) {
          recount(changes, caseNo, u, Dated.ACCEPT, u.acceptDeadline(), statutory.accept(assigned));
        }
        if (u.objectionDeadlineProvisional()) {
          recount(
              changes,
              caseNo,
              u,
              Dated.OBJECTION,
              u.objectionDeadline(),
              statutory.objection(assigned));
        }
      } else if (u.handlingDeadlineProvisional()) {
        LocalDate started = calendar.dateOf(u.handlingStartedAt());
        recount(
            changes,
            caseNo,
            u,
            Dated.HANDLING,
            u.handlingDeadline(),
            statutory.handling(started, u.extendedDays()));
      }
    }
    for (Change change : changes) {
      record.add(caseNo, null, change.unit(), CaseAction.DEADLINE_RECOUNTED, change.detail());
    }
    if (!changes.isEmpty()) {
      clocks.follow(caseNo);
    }
    return !changes.isEmpty();
  }

  private void recount(
      List<Change> changes, String caseNo, CaseUnit u, Dated which, LocalDate was, Deadline now) {
    if (isRunning(was)
        && isDifferent(was, now)
        && units.recount(caseNo, u.unit(), u.episode(), which, was, now)
        && !was.equals(now.date())) {
      LocalDate base =
          calendar.dateOf(which == Dated.HANDLING ? u.handlingStartedAt() : u.assignedAt());
      changes.add(new Change(u.unit(), label(which), base, was, now));
    }
  }

  private boolean isRunning(LocalDate deadline) {
    return calendar.endOf(deadline).toInstant().isAfter(calendar.now());
  }

  /** Worth writing: the date moved, or it is no longer provisional. */
  private static boolean isDifferent(LocalDate was, Deadline now) {
    return !was.equals(now.date()) || !now.provisional();
  }

  private static String label(Dated which) {
    return switch (which) {
      case ACCEPT -> Period.ACCEPT.label();
      case OBJECTION -> "申请退回期限";
      case HANDLING -> Period.HANDLING.label();
    };
  }

  /** One deadline that moved, as the record tells it. */
  private record Change(String unit, String label, LocalDate base, LocalDate was, Deadline now) {

    String detail() {
      String years =
          IntStream.rangeClosed(base.getYear(), Math.max(was.getYear(), now.date().getYear()))
              .mapToObj(Integer::toString)
              .collect(Collectors.joining("、"));
      return label
          + "由 "
          + was
          + " 改为 "
          + now.date()
          + "：原期限计算时缺少节假日数据（只按周末计算），现按 "
          + years
          + " 年法定节假日和调休重新计算"
          + (now.provisional() ? "；仍有年份缺少节假日数据，期限暂定" : "");
    }
  }
}
