package cn.xinfang.platform.privacy;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/personal-data-reads?caseNo=&actor=}: who read which case's personal data in
 * full, the latest 500, for administrators only.
 */
@RestController
class PersonalDataReadController {

  private final PersonalDataReads reads;
  private final ZoneId zone;

  PersonalDataReadController(PersonalDataReads reads, @Value("${platform.zone}") String zone) {
    this.reads = reads;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/api/admin/personal-data-reads")
  ResponseEntity<?> list(
      @RequestParam(required = false) String caseNo,
      @RequestParam(required = false) String actor,
      HttpServletRequest http) {
    if (!ApiUser.of(http).isInAny(Set.of("camunda-admin"))) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权查看", "只有系统管理员可以查看个人信息查阅记录");
    }
    List<Map<String, Object>> entries =
        reads.latest(blankToNull(caseNo), blankToNull(actor), 500).stream()
            .map(
                r ->
                    Map.<String, Object>of(
                        "at", r.at().atZone(zone).toOffsetDateTime(),
                        "actor", r.actor(),
                        "caseNo", r.caseNo(),
                        "endpoint", r.endpoint(),
                        "disclosed", r.disclosed(),
                        "remote", r.remote() == null ? "" : r.remote()))
            .toList();
    return ResponseEntity.ok(Map.of("entries", entries));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
