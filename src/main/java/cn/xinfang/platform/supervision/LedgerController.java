package cn.xinfang.platform.supervision;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.system.ExcelCsv;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accountability ledger to read ({@code GET /api/supervision/ledger}, JSON or CSV for Excel)
 * and to verify ({@code GET /api/supervision/ledger/verify}). There is no way to change a row.
 * Supervisors, managers and administrators read everything; a unit's leaders read their own unit's
 * rows; discipline inspection reads the proposals and decisions addressed to it.
 */
@RestController
@RequestMapping("/api/supervision/ledger")
class LedgerController {

  static final List<String> CSV_HEADERS =
      List.of("序号", "时间", "单位", "案件编号", "环节", "事由", "依据条款", "经办人", "内容", "哈希");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A row as the API answers it: times in Beijing time, rung and unit with their names. */
  record Row(
      long seq,
      OffsetDateTime at,
      String actor,
      String actorName,
      String caseNo,
      String unit,
      String unitName,
      Long supervisionId,
      String rung,
      String rungLabel,
      String reason,
      String article,
      String text,
      String documentUrl,
      String hash) {}

  private final SupervisionLedger ledger;
  private final Organisation organisation;
  private final BusinessCalendar calendar;
  private final IdentityService identity;

  LedgerController(
      SupervisionLedger ledger,
      Organisation organisation,
      BusinessCalendar calendar,
      IdentityService identity) {
    this.ledger = ledger;
    this.organisation = organisation;
    this.calendar = calendar;
    this.identity = identity;
  }

  @GetMapping
  ResponseEntity<?> read(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String rung,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String format,
      HttpServletRequest http) {
    LedgerReader reader = LedgerReader.of(ApiUser.of(http).groups(), organisation);
    if (!reader.readsAny()) {
      return problem(HttpStatus.FORBIDDEN, "无权操作", "只有督查室、区领导、纪委监委和被督办单位领导可以查阅问责台账");
    }
    LocalDate fromDay;
    LocalDate toDay;
    LedgerRung onlyRung;
    try {
      fromDay = blank(from) ? null : LocalDate.parse(from);
      toDay = blank(to) ? null : LocalDate.parse(to);
      onlyRung = blank(rung) ? null : LedgerRung.valueOf(rung);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "填写有误",
          "from、to 应为日期（如 2026-11-24），rung 只能是："
              + String.join("、", Arrays.stream(LedgerRung.values()).map(Enum::name).toList()));
    }
    // a unit's leaders asking for another unit get no rows: the filter is theirs, not the caller's
    Map<String, String> names = new HashMap<>();
    List<Row> rows =
        ledger
            .queryAmong(
                reader.unitsToSearch(blank(unit) ? null : unit),
                onlyRung == null ? null : List.of(onlyRung),
                fromDay,
                toDay)
            .stream()
            .filter(reader::sees)
            .map(e -> row(e, names.computeIfAbsent(e.actor(), this::nameOf)))
            .toList();
    return "csv".equalsIgnoreCase(format) || acceptsCsv(http.getHeader(HttpHeaders.ACCEPT))
        ? csv(rows)
        : ResponseEntity.ok(rows);
  }

  @GetMapping("/verify")
  ResponseEntity<?> verify(HttpServletRequest http) {
    if (!LedgerReader.of(ApiUser.of(http).groups(), organisation).mayVerify()) {
      return problem(HttpStatus.FORBIDDEN, "无权操作", "只有督查室、区领导和管理员可以校验问责台账");
    }
    return ResponseEntity.ok(ledger.verify());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * Asked for {@code text/csv} by name (not by a wildcard such as a browser's {@code *}/{@code *}).
   */
  private static boolean acceptsCsv(String accept) {
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(t -> "text".equals(t.getType()) && "csv".equals(t.getSubtype()));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  /** 「督查室督查员（supervisor）」; the platform itself (系统) and unknown ids as they are. */
  private String nameOf(String actor) {
    User user = identity.createUserQuery().userId(actor).singleResult();
    String name =
        user == null
            ? ""
            : (Objects.toString(user.getFirstName(), "") + Objects.toString(user.getLastName(), ""))
                .strip();
    return name.isEmpty() ? actor : name + "（" + actor + "）";
  }

  private Row row(LedgerEntry e, String actorName) {
    return new Row(
        e.seq(),
        e.at().atZone(calendar.zone()).toOffsetDateTime(),
        e.actor(),
        actorName,
        e.caseNo(),
        e.unit(),
        organisation.nameOf(e.unit()),
        e.supervisionId(),
        e.rung().name(),
        e.rung().label(),
        e.reason(),
        e.article(),
        e.text(),
        e.documentId() == null ? null : "/api/supervision/documents/" + e.documentId(),
        e.hash());
  }

  /** CSV for Excel ({@link ExcelCsv}). */
  private ResponseEntity<byte[]> csv(List<Row> rows) {
    return ExcelCsv.answer(
        "accountability-ledger.csv",
        "问责台账.csv",
        CSV_HEADERS,
        rows.stream()
            .map(
                r ->
                    Arrays.asList(
                        String.valueOf(r.seq()),
                        TIME.format(r.at()),
                        r.unitName(),
                        r.caseNo(),
                        r.rungLabel(),
                        r.reason(),
                        r.article(),
                        r.actorName(),
                        r.text(),
                        r.hash()))
            .toList());
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail) {
    return Problems.answer(status, title, detail);
  }
}
