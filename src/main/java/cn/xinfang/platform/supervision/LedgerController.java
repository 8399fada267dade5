package cn.xinfang.platform.supervision;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

  static final Set<String> READ_ALL = Set.of("supervisors", "managers", "camunda-admin");
  static final Set<String> DISCIPLINE = Set.of("discipline", "discipline-leaders");
  static final List<String> CSV_HEADERS =
      List.of("序号", "时间", "单位", "案件编号", "环节", "事由", "依据条款", "经办人", "内容", "哈希");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A row as the API answers it: times in Beijing time, rung and unit with their names. */
  record Row(
      long seq,
      OffsetDateTime at,
      String actor,
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

  LedgerController(SupervisionLedger ledger, Organisation organisation, BusinessCalendar calendar) {
    this.ledger = ledger;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  @GetMapping
  ResponseEntity<?> read(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String rung,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String format,
      HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    List<String> ownUnits =
        user.groups().stream()
            .filter(g -> g.endsWith("-leaders"))
            .map(g -> g.substring(0, g.length() - "-leaders".length()))
            .toList();
    boolean all = user.isInAny(READ_ALL);
    boolean discipline = user.isInAny(DISCIPLINE);
    if (!all && !discipline && ownUnits.isEmpty()) {
      return problem(HttpStatus.FORBIDDEN, "无权操作", "只有督查室、区领导、纪委监委和被督办单位领导可以查阅问责台账");
    }
    LocalDate fromDay;
    LocalDate toDay;
    LedgerRung onlyRung;
    try {
      fromDay = from == null || from.isBlank() ? null : LocalDate.parse(from);
      toDay = to == null || to.isBlank() ? null : LocalDate.parse(to);
      onlyRung = rung == null || rung.isBlank() ? null : LedgerRung.valueOf(rung);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "填写有误",
          "from、to 应为日期（如 2026-11-24），rung 只能是："
              + String.join("、", Arrays.stream(LedgerRung.values()).map(Enum::name).toList()));
    }
    List<String> units = unit == null || unit.isBlank() ? null : List.of(unit);
    List<LedgerRung> rungs = onlyRung == null ? null : List.of(onlyRung);
    List<LedgerEntry> rows;
    if (all) {
      rows = ledger.query(units, rungs, fromDay, toDay, calendar.zone());
    } else {
      // a unit's leaders: their own unit(s); discipline inspection: what is addressed to it
      List<LedgerEntry> own =
          ownUnits.isEmpty()
              ? List.of()
              : ledger.query(
                  units == null ? ownUnits : units.stream().filter(ownUnits::contains).toList(),
                  rungs,
                  fromDay,
                  toDay,
                  calendar.zone());
      List<LedgerEntry> addressed =
          !discipline
              ? List.of()
              : ledger.query(
                  units,
                  Stream.of(LedgerRung.PROPOSAL, LedgerRung.DECISION)
                      .filter(r -> rungs == null || rungs.contains(r))
                      .toList(),
                  fromDay,
                  toDay,
                  calendar.zone());
      rows =
          Stream.concat(own.stream(), addressed.stream())
              .distinct()
              .sorted((a, b) -> Long.compare(a.seq(), b.seq()))
              .toList();
    }
    List<Row> answer = rows.stream().map(this::row).toList();
    String accept = http.getHeader(HttpHeaders.ACCEPT);
    if ("csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"))) {
      return csv(answer);
    }
    return ResponseEntity.ok(answer);
  }

  @GetMapping("/verify")
  ResponseEntity<?> verify(HttpServletRequest http) {
    if (!ApiUser.of(http).isInAny(READ_ALL)) {
      return problem(HttpStatus.FORBIDDEN, "无权操作", "只有督查室、区领导和管理员可以校验问责台账");
    }
    return ResponseEntity.ok(ledger.verify());
  }

  private Row row(LedgerEntry e) {
    return new Row(
        e.seq(),
        e.at().atZone(calendar.zone()).toOffsetDateTime(),
        e.actor(),
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

  /** CSV for Excel: UTF-8 with a byte order mark, Chinese headers, RFC 4180 quoting. */
  private ResponseEntity<byte[]> csv(List<Row> rows) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, CSV_HEADERS);
    for (Row r : rows) {
      line(
          csv,
          Arrays.asList(
              String.valueOf(r.seq()),
              TIME.format(r.at()),
              r.unitName(),
              r.caseNo(),
              r.rungLabel(),
              r.reason(),
              r.article(),
              r.actor(),
              r.text(),
              r.hash()));
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("问责台账.csv", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(
            String.join(
                ",",
                cells.stream()
                    .map(c -> c == null ? "" : "\"" + c.replace("\"", "\"\"") + "\"")
                    .toList()))
        .append("\r\n");
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }
}
