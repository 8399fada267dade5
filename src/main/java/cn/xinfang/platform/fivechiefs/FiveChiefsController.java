package cn.xinfang.platform.fivechiefs;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.organisation.Organisation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/five-chiefs/duty?date=}: who sits on that day's five-chiefs service day. */
@RestController
class FiveChiefsController {

  private final FiveChiefsRoster roster;
  private final Organisation organisation;
  private final BusinessCalendar calendar;

  FiveChiefsController(
      FiveChiefsRoster roster, Organisation organisation, BusinessCalendar calendar) {
    this.roster = roster;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  @GetMapping("/api/five-chiefs/duty")
  ResponseEntity<?> duty(@RequestParam(required = false) String date) {
    LocalDate day;
    try {
      day = date == null || date.isBlank() ? calendar.today() : LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", "日期格式应为 2026-11-26");
    }
    FiveChiefsRoster.Duty d = roster.duty(day);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", d.date());
    body.put("serviceDay", d.serviceDay());
    body.put("reason", d.reason());
    if (d.chief() != null) {
      body.put(
          "chief",
          Map.of(
              "unit", d.chief().unit(),
              "unitName", organisation.nameOf(d.chief().unit()),
              "title", d.chief().title(),
              "name", d.chief().name(),
              "account", d.chief().account()));
    }
    return ResponseEntity.ok(body);
  }
}
