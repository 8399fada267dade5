package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.supervision.LedgerReader;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/{daily|weekly|monthly}?date=&format=html|csv|xlsx&level=}: the report of
 * the day, week or month holding {@code date} (today in Beijing when absent), for whom {@link
 * KpiScope} lets see the figures.
 */
@RestController
class ReportController {

  private final KpiScope scopes;
  private final Reports reports;
  private final ReportFormats formats;
  private final BusinessCalendar calendar;
  private final Organisation organisation;

  ReportController(
      KpiScope scopes,
      Reports reports,
      ReportFormats formats,
      BusinessCalendar calendar,
      Organisation organisation) {
    this.scopes = scopes;
    this.reports = reports;
    this.formats = formats;
    this.calendar = calendar;
    this.organisation = organisation;
  }

  @GetMapping("/api/reports/{kind}")
  ResponseEntity<?> report(
      @PathVariable String kind,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String level,
      HttpServletRequest request) {
    Optional<ReportKind> which = ReportKind.ofPath(kind);
    if (which.isEmpty()) {
      return Problems.answer(
          HttpStatus.NOT_FOUND, "没有这种报告", "报告分为 daily（日报告）、weekly（周例会）和 monthly（月督查）");
    }
    ApiUser user = ApiUser.of(request);
    KpiScope.Answer scope = scopes.of(user, level);
    if (scope.scope() == null) {
      return Problems.answer(scope.status(), "无权查看", scope.problem());
    }
    LocalDate day;
    try {
      day = date == null || date.isBlank() ? calendar.today() : LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", "日期格式应为 2026-11-24");
    }
    String as = format == null || format.isBlank() ? "html" : format.strip().toLowerCase();
    if (!as.equals("html") && !as.equals("csv") && !as.equals("xlsx")) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", "报告格式应为 html（打印）、csv 或 xlsx");
    }
    LedgerReader reader = LedgerReader.of(user.groups(), organisation);
    Report report =
        reports.build(which.get(), day, scope.scope(), reader.readsAny() ? reader::sees : null);
    return switch (as) {
      case "csv" -> formats.csvAnswer(report);
      case "xlsx" -> formats.xlsxAnswer(report);
      default -> formats.htmlAnswer(report);
    };
  }
}
