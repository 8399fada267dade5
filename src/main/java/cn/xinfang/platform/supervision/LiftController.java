package cn.xinfang.platform.supervision;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/supervision/lift}: a supervisor lifts a unit's part of a case (提级办理). */
@RestController
@RequestMapping("/api/supervision")
class LiftController {

  /** Who may lift a case: the supervisors (督查室) and administrators. */
  static final Set<String> LIFTING_GROUPS = Set.of("supervisors", "camunda-admin");

  private final CaseLifting lifting;

  LiftController(CaseLifting lifting) {
    this.lifting = lifting;
  }

  record LiftRequest(String caseNo, String unit, String reason) {}

  /** The lifted unit and the unit one level up that now has the case. */
  record Lifted(String caseNo, String unit, String liftedTo) {}

  @PostMapping("/lift")
  ResponseEntity<?> lift(@RequestBody LiftRequest request, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(LIFTING_GROUPS)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有督查室可以决定提级办理");
    }
    String liftedTo = lifting.lift(request.caseNo(), request.unit(), request.reason(), user.id());
    return ResponseEntity.ok(new Lifted(request.caseNo(), request.unit(), liftedTo));
  }
}
