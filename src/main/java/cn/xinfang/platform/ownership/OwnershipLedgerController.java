package cn.xinfang.platform.ownership;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.system.ExcelCsv;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ownership ledger (包案台账): {@code GET /api/ownership?leader=&unit=&status=}, JSON or CSV. The
 * petition bureau, supervisors, managers and administrators read all; a leader reads their own.
 */
@RestController
class OwnershipLedgerController {

  static final Set<String> READ_ALL =
      Set.of("petition-bureau", "supervisors", "managers", "camunda-admin");
  static final List<String> CSV_HEADERS =
      List.of("案件编号", "包案领导", "包案单位", "包案原因", "状态", "化解方案", "进展报告次数", "已包案天数", "下一到期", "目标办结日期");

  private final OwnershipLedger ledger;

  OwnershipLedgerController(OwnershipLedger ledger) {
    this.ledger = ledger;
  }

  @GetMapping("/api/ownership")
  ResponseEntity<?> read(
      @RequestParam(required = false) String leader,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String format,
      HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    boolean leads = user.groups().stream().anyMatch(g -> g.endsWith("-leaders"));
    if (!user.isInAny(READ_ALL) && !leads) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有信访局、督查室、区领导和包案领导可以查阅包案台账");
    }
    // a leader reads their own ownerships only, whatever they ask for
    String owner = user.isInAny(READ_ALL) ? leader : user.id();
    List<OwnershipLedger.Row> rows = ledger.query(owner, unit, status);
    String accept = http.getHeader(HttpHeaders.ACCEPT);
    if ("csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"))) {
      return ExcelCsv.answer(
          "ownership-ledger.csv",
          "包案台账.csv",
          CSV_HEADERS,
          rows.stream()
              .map(
                  r ->
                      Arrays.asList(
                          r.caseNo(),
                          r.ownerName(),
                          r.ownerUnitName(),
                          r.reason(),
                          r.statusLabel(),
                          r.plan(),
                          String.valueOf(r.reports()),
                          String.valueOf(r.daysOpen()),
                          r.nextDue() == null ? null : r.nextDue().toString(),
                          r.targetDate() == null ? null : r.targetDate().toString()))
              .toList());
    }
    return ResponseEntity.ok(rows);
  }
}
