package cn.xinfang.platform.ownership;

import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.validation.TextField;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 指定包案 through the API: {@code POST /api/ownership}, for the petition bureau and supervisors. */
@RestController
class OwnershipController {

  static final Set<String> ASSIGNERS =
      Set.of("petition-bureau", "registrars", "supervisors", "camunda-admin");

  /** The case, the owner's level (township, district, city) and why. */
  record Assignment(String caseNo, String ownerLevel, String reason) {}

  /** The ownership, and whether the case already had one (then nothing new starts). */
  record Assigned(long ownershipId, boolean joined) {}

  private final OwnershipTriggers triggers;
  private final Ownerships ownerships;
  private final CaseFiles files;

  OwnershipController(OwnershipTriggers triggers, Ownerships ownerships, CaseFiles files) {
    this.triggers = triggers;
    this.ownerships = ownerships;
    this.files = files;
  }

  @PostMapping("/api/ownership")
  ResponseEntity<?> assign(@RequestBody Assignment a, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(ASSIGNERS)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有信访局和督查室可以指定领导包案");
    }
    List<String> problems = new ArrayList<>();
    if (a.caseNo() == null || a.caseNo().isBlank()) {
      problems.add("请填写案件编号");
    } else if (files.find(a.caseNo().strip()).isEmpty()) {
      problems.add("案件编号不存在：" + a.caseNo().strip());
    }
    if (a.ownerLevel() == null || !OwnershipListeners.LEVELS.containsKey(a.ownerLevel())) {
      problems.add("包案领导层级只能是：township（乡镇）、district（区级）、city（市级）");
    }
    TextField why = TextField.ASSIGN_REASON;
    if (a.reason() == null || a.reason().isBlank()) {
      problems.add("请填写" + why.label());
    } else if (a.reason().length() > why.maxLength()) {
      problems.add(why.label() + "不能超过 " + why.maxLength() + " 个字");
    }
    if (!problems.isEmpty()) {
      ProblemDetail problem =
          Problems.of(HttpStatus.BAD_REQUEST, "填写有误", "指定包案填写有误：" + String.join("；", problems));
      problem.setProperty("errors", problems.stream().map(p -> Map.of("message", p)).toList());
      return ResponseEntity.badRequest().body(problem);
    }
    String caseNo = a.caseNo().strip();
    boolean joined = ownerships.openFor(caseNo).isPresent();
    triggers.request(
        caseNo, OwnershipReason.ASSIGNED, a.ownerLevel(), user.id(), a.reason().strip());
    long id = ownerships.openFor(caseNo).orElseThrow();
    Assigned body = new Assigned(id, joined);
    return joined
        ? ResponseEntity.ok(body)
        : ResponseEntity.created(URI.create("/api/ownership?case=" + caseNo)).body(body);
  }
}
