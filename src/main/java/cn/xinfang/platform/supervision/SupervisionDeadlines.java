package cn.xinfang.platform.supervision;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of the supervision tasks, for the expressions of {@code supervision.bpmn} ({@code
 * ${supervisionDeadlines.answerDue(supervisionId)}}): each ends at 24:00 Beijing time.
 */
@Component("supervisionDeadlines")
public class SupervisionDeadlines {

  private final BusinessCalendar calendar;
  private final SupervisionSettings settings;
  private final SupervisionCases cases;

  SupervisionDeadlines(
      BusinessCalendar calendar, SupervisionSettings settings, SupervisionCases cases) {
    this.calendar = calendar;
    this.settings = settings;
    this.cases = cases;
  }

  public Date issueDue() {
    return inWorkingDays(settings.issueWorkingDays());
  }

  /** The unit's answer: the date set with the notice, or by 限期整改. */
  public Date answerDue(long supervisionId) {
    return calendar.endOf(cases.get(supervisionId).answerDue());
  }

  public Date judgeDue() {
    return inWorkingDays(settings.judgeWorkingDays());
  }

  public Date proposalDue() {
    return inWorkingDays(settings.proposalWorkingDays());
  }

  public Date decisionDue() {
    return calendar.endOf(
        calendar.deadlineInDays(calendar.today(), settings.decisionDays()).date());
  }

  private Date inWorkingDays(int days) {
    return calendar.endOf(calendar.plusWorkingDays(calendar.today(), days));
  }
}
