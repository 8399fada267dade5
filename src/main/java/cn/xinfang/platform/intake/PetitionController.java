package cn.xinfang.platform.intake;

import cn.xinfang.platform.casefile.CaseNotices;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.casefile.CaseViews;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake API every channel uses, and the case as the API shows it. */
@RestController
@RequestMapping("/api/petitions")
class PetitionController {

  /** Who may register: registrars, proxy agents, the grid centre and the channels' accounts. */
  static final Set<String> INTAKE_GROUPS =
      Set.of("registrars", "proxy-agents", "grid-center", "channels", "camunda-admin");

  /** Who may read any case; the units of a case and whoever registered it may read that case. */
  static final Set<String> READ_ALL_GROUPS =
      Set.of("registrars", "petition-bureau", "supervisors", "managers", "camunda-admin");

  /** Besides the units handling a case, who sees its petitioners' ID numbers in full. */
  static final Set<String> SEE_ID_NUMBERS_GROUPS = Set.of("petition-bureau");

  private final PetitionRegistry registry;
  private final CaseViews views;
  private final CaseNotices notices;

  PetitionController(PetitionRegistry registry, CaseViews views, CaseNotices notices) {
    this.registry = registry;
    this.views = views;
    this.notices = notices;
  }

  /** The registration as the API answers it; times in Beijing time. */
  record Registered(
      String caseNo,
      String processInstanceId,
      String queryCode,
      boolean linkedToOpenCase,
      OffsetDateTime registeredAt,
      LocalDate forwardDeadline) {}

  @PostMapping
  ResponseEntity<?> register(@RequestBody PetitionRequest petition, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(INTAKE_GROUPS)) {
      return forbidden("只有信访局登记员、信访代办员、网格化服务中心和渠道接入账号可以登记信访事项");
    }
    Registration r = registry.register(petition, user.id());
    Registered body =
        new Registered(
            r.caseNo(),
            r.processInstanceId(),
            r.queryCode(),
            r.linkedToOpenCase(),
            r.registeredAt().atZone(views.zone()).toOffsetDateTime(),
            r.forwardDeadline());
    if (r.linkedToOpenCase()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/petitions/" + r.caseNo())).body(body);
  }

  /**
   * The case, for whoever may read it. A case the caller may not read answers exactly as one that
   * does not exist, so nobody learns which case numbers are taken.
   */
  @GetMapping("/{caseNo}")
  ResponseEntity<?> read(@PathVariable String caseNo, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    CaseView view = views.view(caseNo).orElse(null);
    if (view == null || !mayRead(user, view)) {
      return caseNotFound(caseNo);
    }
    boolean idNumbers =
        user.isInAny(SEE_ID_NUMBERS_GROUPS) || user.isInAny(views.handlingGroups(caseNo));
    return ResponseEntity.ok(
        view.disclosing(idNumbers, idNumbers || user.id().equals(view.registeredBy())));
  }

  /**
   * A notice (文书) of the case as it was issued, to read and print. Whoever may not read the case
   * learns nothing, not even that it exists: 404 as for a case that does not.
   */
  @GetMapping("/{caseNo}/notices/{noticeId}")
  ResponseEntity<?> notice(
      @PathVariable String caseNo, @PathVariable long noticeId, HttpServletRequest http) {
    CaseView view = views.view(caseNo).orElse(null);
    if (view == null || !mayRead(ApiUser.of(http), view)) {
      return caseNotFound(caseNo);
    }
    return notices
        .html(caseNo, noticeId)
        .<ResponseEntity<?>>map(
            html ->
                ResponseEntity.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    // the notice is a document: no script, nothing loaded from elsewhere
                    .header(
                        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                    .header("X-Content-Type-Options", "nosniff")
                    .body(html))
        .orElseGet(
            () -> {
              ProblemDetail notFound =
                  ProblemDetail.forStatusAndDetail(
                      HttpStatus.NOT_FOUND, "信访事项 " + caseNo + " 没有编号为 " + noticeId + " 的文书");
              notFound.setTitle("文书不存在");
              return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound);
            });
  }

  /** The bureau, supervisors and managers read every case; units and the registrant their own. */
  private boolean mayRead(ApiUser user, CaseView view) {
    return user.isInAny(READ_ALL_GROUPS)
        || user.id().equals(view.registeredBy())
        || user.isInAny(views.unitGroups(view.caseNo()));
  }

  private static ResponseEntity<ProblemDetail> caseNotFound(String caseNo) {
    ProblemDetail notFound =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有编号为 " + caseNo + " 的信访事项，或您无权查看");
    notFound.setTitle("信访事项不存在");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound);
  }

  private static ResponseEntity<ProblemDetail> forbidden(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
    problem.setTitle("无权操作");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }
}
