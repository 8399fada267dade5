package cn.xinfang.platform.supervision;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.intake.CaseDocument;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 挂牌督办 through the API ({@code POST /api/supervision}) and the supervision documents to read and
 * print ({@code GET /api/supervision/documents/{id}}).
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

  static final Set<String> SUPERVISORS = Set.of("supervisors", "camunda-admin");
  static final Set<String> READ_ALL = Set.of("supervisors", "managers", "camunda-admin");

  /** What a supervisor sends: the case, the unit and why it is flagged. */
  record Flag(String caseNo, String unit, String reason) {}

  /** The answer: the supervision case, and whether the flag joined one already open. */
  record Flagged(long supervisionId, String processInstanceId, boolean joined) {}

  private final SupervisionRequests requests;
  private final ManualFlags flags;
  private final SupervisionLadder ladder;
  private final SupervisionDocuments documents;
  private final Organisation organisation;

  SupervisionController(
      SupervisionRequests requests,
      ManualFlags flags,
      SupervisionLadder ladder,
      SupervisionDocuments documents,
      Organisation organisation) {
    this.requests = requests;
    this.flags = flags;
    this.ladder = ladder;
    this.documents = documents;
    this.organisation = organisation;
  }

  @PostMapping
  ResponseEntity<?> flag(@RequestBody Flag flag, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(SUPERVISORS)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有督查室可以挂牌督办");
    }
    List<String> problems = flags.problems(flag.caseNo(), flag.unit(), flag.reason());
    if (!problems.isEmpty()) {
      ProblemDetail problem =
          Problems.of(HttpStatus.BAD_REQUEST, "填写有误", "挂牌督办填写有误：" + String.join("；", problems));
      problem.setProperty("errors", problems.stream().map(p -> Map.of("message", p)).toList());
      return ResponseEntity.badRequest().body(problem);
    }
    String caseNo = flag.caseNo().strip();
    ProcessInstance started =
        requests.request(
            caseNo,
            flag.unit(),
            SupervisionReason.FLAGGED,
            SupervisionSource.API,
            flag.reason().strip(),
            user.id());
    SupervisionCase opened =
        ladder.ofCase(caseNo).stream()
            .filter(c -> c.unit().equals(flag.unit()))
            .reduce((first, last) -> last)
            .orElseThrow();
    boolean joined = !started.getId().equals(opened.processInstanceId());
    Flagged body = new Flagged(opened.id(), opened.processInstanceId(), joined);
    return joined
        ? ResponseEntity.ok(body)
        : ResponseEntity.created(URI.create("/api/supervision/" + opened.id())).body(body);
  }

  /**
   * A 督办函, 通报 or 问责建议书 as issued. Readers: supervisors, managers and administrators; the supervised
   * unit (not a proposal); the unit's superior for a public notice; discipline inspection for a
   * proposal. Anyone else learns nothing: 404 as for one that does not exist.
   */
  @GetMapping("/documents/{id}")
  ResponseEntity<?> document(@PathVariable long id, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    return documents
        .find(id)
        .filter(d -> user.isInAny(readersOf(d)))
        .<ResponseEntity<?>>map(d -> CaseDocument.answer(documents.html(d.id())))
        .orElseGet(
            () -> {
              return Problems.answer(HttpStatus.NOT_FOUND, "文书不存在", "没有编号为 " + id + " 的督办文书");
            });
  }

  private Set<String> readersOf(SupervisionDocuments.Document d) {
    List<String> readers = new ArrayList<>(READ_ALL);
    switch (d.kind()) {
      case PROPOSAL -> readers.addAll(List.of("discipline", "discipline-leaders"));
      case PUBLIC_NOTICE -> {
        readers.addAll(List.of(d.unit(), d.unit() + "-leaders"));
        organisation
            .unit(d.unit())
            .map(Organisation.Unit::parent)
            .ifPresent(parent -> readers.add(parent + "-leaders"));
      }
      default -> readers.addAll(List.of(d.unit(), d.unit() + "-leaders"));
    }
    return Set.copyOf(readers);
  }
}
