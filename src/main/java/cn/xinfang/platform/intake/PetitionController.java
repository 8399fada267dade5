package cn.xinfang.platform.intake;

import cn.xinfang.platform.casefile.CaseNotices;
import cn.xinfang.platform.casefile.CaseReaders;
import cn.xinfang.platform.casefile.CaseViews;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.privacy.PersonalDataReads;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.http.HttpStatus;
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

  /** The client's key for one petition (sent again, the same answer: {@link IdempotentIntake}). */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final PetitionRegistry registry;
  private final IdempotentIntake idempotent;
  private final CaseViews views;
  private final CaseReaders readers;
  private final CaseNotices notices;
  private final PersonalDataReads personalDataReads;

  PetitionController(
      PetitionRegistry registry,
      IdempotentIntake idempotent,
      CaseViews views,
      CaseReaders readers,
      CaseNotices notices,
      PersonalDataReads personalDataReads) {
    this.registry = registry;
    this.idempotent = idempotent;
    this.views = views;
    this.readers = readers;
    this.notices = notices;
    this.personalDataReads = personalDataReads;
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
    String key = http.getHeader(IDEMPOTENCY_KEY);
    Registration r;
    boolean replayed = false;
    if (key == null) {
      r = registry.register(petition, user.id());
    } else if (!IdempotencyKeys.KEY.matcher(key).matches()) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST,
          "Idempotency-Key 有误",
          "Idempotency-Key 应为 1 到 200 个可见的 ASCII 字符（如 UUID）");
    } else {
      try {
        IdempotentIntake.Answer answer = idempotent.register(petition, user.id(), key);
        r = answer.registration();
        replayed = answer.replayed();
      } catch (IdempotentIntake.KeyReused reused) {
        return Problems.answer(
            HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key 重复使用", reused.getMessage());
      }
    }
    Registered body =
        new Registered(
            r.caseNo(),
            r.processInstanceId(),
            r.queryCode(),
            r.linkedToOpenCase(),
            r.registeredAt().atZone(views.zone()).toOffsetDateTime(),
            r.forwardDeadline());
    ResponseEntity.BodyBuilder answer =
        r.linkedToOpenCase()
            ? ResponseEntity.ok()
            : ResponseEntity.created(URI.create("/api/petitions/" + r.caseNo()));
    if (replayed) {
      answer.header("Idempotent-Replayed", "true");
    }
    return answer.body(body);
  }

  /**
   * The case, for whoever may read it. A case the caller may not read answers exactly as one that
   * does not exist, so nobody learns which case numbers are taken. A read that shows the
   * petitioners' ID numbers or contact details in full is recorded (who, when, from where).
   */
  @GetMapping("/{caseNo}")
  ResponseEntity<?> read(@PathVariable String caseNo, HttpServletRequest http) {
    return readers
        .disclosureFor(ApiUser.of(http), caseNo)
        .flatMap(
            disclosure ->
                views
                    .view(caseNo)
                    .map(
                        view -> {
                          personalDataReads.recordIfDisclosed(
                              caseNo, disclosure, "GET /api/petitions/{caseNo}", http);
                          return disclosure.apply(view);
                        }))
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> CaseNotFound.answer(caseNo));
  }

  /**
   * A notice (文书) of the case as it was issued, to read and print. Whoever may not read the case
   * learns nothing, not even that it exists: 404 as for a case that does not.
   */
  @GetMapping("/{caseNo}/notices/{noticeId}")
  ResponseEntity<?> notice(
      @PathVariable String caseNo, @PathVariable long noticeId, HttpServletRequest http) {
    if (readers.disclosureFor(ApiUser.of(http), caseNo).isEmpty()) {
      return CaseNotFound.answer(caseNo);
    }
    return notices
        .html(caseNo, noticeId)
        .<ResponseEntity<?>>map(CaseDocument::answer)
        .orElseGet(
            () -> {
              return Problems.answer(
                  HttpStatus.NOT_FOUND, "文书不存在", "信访事项 " + caseNo + " 没有编号为 " + noticeId + " 的文书");
            });
  }

  private static ResponseEntity<ProblemDetail> forbidden(String detail) {
    return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", detail);
  }
}
