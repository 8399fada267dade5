package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.system.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code Task_MailMonthlyReport} (寄送月督查报告): last month's report for the district goes to every
 * manager (区领导) by mail: the units below a threshold and the overdue count in the text, the
 * printable page and the XLSX behind links that ask for their login. The mail is queued in the
 * mail-delivery process, which retries until the SMTP server takes it.
 */
@Component("mailMonthlyReportDelegate")
class MailMonthlyReportDelegate implements JavaDelegate {

  static final String MANAGERS = "managers";

  private final KpiScope scopes;
  private final UnitKpis kpis;
  private final OverdueParts overdue;
  private final MailNotifier mail;
  private final BusinessCalendar calendar;
  private final String baseUrl;

  MailMonthlyReportDelegate(
      KpiScope scopes,
      UnitKpis kpis,
      OverdueParts overdue,
      MailNotifier mail,
      BusinessCalendar calendar,
      @Value("${platform.mail.tasklist-url}") String tasklistUrl) {
    this.scopes = scopes;
    this.kpis = kpis;
    this.overdue = overdue;
    this.mail = mail;
    this.calendar = calendar;
    int app = tasklistUrl.indexOf("/camunda/");
    this.baseUrl = app > 0 ? tasklistUrl.substring(0, app) : tasklistUrl.replaceAll("/+$", "");
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate lastMonth = calendar.today().minusMonths(1);
    DateRange period = ReportKind.MONTHLY.periodOf(lastMonth);
    KpiScope.Scope district = scopes.district();
    String title = ReportKind.MONTHLY.title() + "（" + ReportKind.MONTHLY.periodName(period) + "）";
    List<UnitFigures> figures = kpis.between(period, district.units());
    StringBuilder body = new StringBuilder();
    body.append("各位领导：\n\n")
        .append(title)
        .append("已生成，统计周期 ")
        .append(period.from())
        .append(" 至 ")
        .append(period.to())
        .append("。\n\n");
    int received = figures.stream().mapToInt(UnitFigures::received).sum();
    int closed = figures.stream().mapToInt(UnitFigures::closed).sum();
    body.append("全区收案 ")
        .append(received)
        .append(" 件，办结 ")
        .append(closed)
        .append(" 件；当前超期 ")
        .append(overdue.of(district.units()).size())
        .append(" 件。\n");
    List<UnitFigures> red = figures.stream().filter(f -> !f.belowThreshold().isEmpty()).toList();
    if (red.isEmpty()) {
      body.append("没有单位低于考核阈值。\n");
    } else {
      body.append("低于考核阈值的单位：\n");
      red.forEach(
          f ->
              body.append("  ")
                  .append(f.unitName())
                  .append("：")
                  .append(String.join("；", f.belowThreshold()))
                  .append("\n"));
    }
    String link = baseUrl + "/api/reports/monthly?date=" + period.from();
    body.append("\n打印版（登录后查看）：")
        .append(link)
        .append("\nXLSX：")
        .append(link)
        .append("&format=xlsx\n\n本邮件由信访流转平台在每月第一个工作日自动发送。");
    mail.mailGroup(null, MANAGERS, title, body.toString());
  }
}
