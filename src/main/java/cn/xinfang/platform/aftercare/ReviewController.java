package cn.xinfang.platform.aftercare;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.validation.TextField;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A petitioner's request for review (复查) or re-examination (复核), recorded through the API by the
 * petition bureau: {@code POST /api/petitions/{caseNo}/reviews}. Whether it is a review or a
 * re-examination, and which body decides, follows from the window open on the case.
 */
@RestController
class ReviewController {

  static final Set<String> RECORDERS = Set.of("petition-bureau", "registrars", "camunda-admin");

  /** The day the petitioner asked, and what they ask and why. */
  record ReviewRequest(String requestedOn, String requestText) {}

  /** The request as recorded: the review, its level and the body that decides. */
  record Recorded(long reviewId, String level, String levelLabel, String body, String bodyName) {}

  private final AftercareService aftercare;
  private final Reviews reviews;
  private final Organisation organisation;

  ReviewController(AftercareService aftercare, Reviews reviews, Organisation organisation) {
    this.aftercare = aftercare;
    this.reviews = reviews;
    this.organisation = organisation;
  }

  @PostMapping("/api/petitions/{caseNo}/reviews")
  ResponseEntity<?> request(
      @PathVariable String caseNo, @RequestBody ReviewRequest body, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(RECORDERS)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有信访局可以登记复查、复核请求");
    }
    List<String> problems = new ArrayList<>();
    LocalDate on = null;
    try {
      on = body.requestedOn() == null ? null : LocalDate.parse(body.requestedOn().strip());
    } catch (DateTimeParseException e) {
      problems.add("请求日期应为有效日期，格式如 2026-11-24");
    }
    TextField field = TextField.REQUEST_TEXT;
    if (body.requestText() != null && body.requestText().length() > field.maxLength()) {
      problems.add(field.label() + "不能超过 " + field.maxLength() + " 个字");
    }
    if (problems.isEmpty()) {
      problems.addAll(aftercare.request(caseNo, on, body.requestText(), user.id()));
    }
    if (!problems.isEmpty()) {
      ProblemDetail problem =
          Problems.of(HttpStatus.BAD_REQUEST, "请求不予受理", String.join("；", problems));
      problem.setProperty("errors", problems.stream().map(p -> Map.of("message", p)).toList());
      return ResponseEntity.badRequest().body(problem);
    }
    Reviews.Review r = reviews.ofCase(caseNo).get(reviews.ofCase(caseNo).size() - 1);
    return ResponseEntity.created(URI.create("/api/petitions/" + caseNo + "/record"))
        .body(
            new Recorded(
                r.id(),
                r.level().name(),
                r.level().label(),
                r.body(),
                organisation.nameOf(r.body())));
  }
}
