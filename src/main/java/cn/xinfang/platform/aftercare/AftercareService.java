package cn.xinfang.platform.aftercare;

import static cn.xinfang.platform.aftercare.AftercareVariables.*;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import cn.xinfang.platform.supervision.SupervisionSource;
import cn.xinfang.platform.system.PlatformRights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Closing the loop after the written reply (信访工作条例 arts. 34–36): the review window a delivery
 * opens, the petitioner's requests checked against it, satisfaction from follow-ups and from the
 * petitioner, and how the case closes.
 */
@Service
public class AftercareService {

  /** What a petitioner's own rating came to. */
  public enum RatingResult {
    RECORDED,
    NOT_YET_DELIVERED,
    ALREADY_RATED
  }

  private final CaseFiles files;
  private final CaseWindows windows;
  private final Reviews reviews;
  private final Satisfactions satisfactions;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final AftercareSettings settings;
  private final Organisation organisation;
  private final SupervisionRequests supervision;
  private final RuntimeService runtime;

  AftercareService(
      CaseFiles files,
      CaseWindows windows,
      Reviews reviews,
      Satisfactions satisfactions,
      CaseRecord record,
      BusinessCalendar calendar,
      AftercareSettings settings,
      Organisation organisation,
      SupervisionRequests supervision,
      RuntimeService runtime) {
    this.files = files;
    this.windows = windows;
    this.reviews = reviews;
    this.satisfactions = satisfactions;
    this.record = record;
    this.calendar = calendar;
    this.settings = settings;
    this.organisation = organisation;
    this.supervision = supervision;
    this.runtime = runtime;
  }

  /**
   * The awaited notice was delivered on {@code day}: the reply opens the review window, a review
   * decision the re-examination window; after a re-examination decision no window opens (false).
   */
  boolean delivered(String caseNo, String kind, LocalDate day) {
    if (ReviewLevel.REEXAMINATION.name().equals(kind)) {
      return false;
    }
    ReviewLevel level =
        ReviewLevel.REVIEW.name().equals(kind) ? ReviewLevel.REEXAMINATION : ReviewLevel.REVIEW;
    LocalDate closes = day.plusDays(settings.requestDays());
    windows.open(caseNo, level, day, closes);
    if (level == ReviewLevel.REVIEW) {
      files.setStatus(caseNo, CaseStatus.DELIVERED);
    }
    record.add(
        caseNo,
        null,
        null,
        CaseAction.WINDOW_OPENED,
        "《" + level.answeredBy() + "》已于 " + day + " 送达，信访人可于 " + closes + " 前请求" + level.label());
    return true;
  }

  /**
   * Records the petitioner's request for review or re-examination made on {@code requestedOn} and
   * hands it to the case's {@code petition-aftercare}; returns why it is refused, or nothing.
   */
  public List<String> request(String caseNo, LocalDate requestedOn, String text, String actor) {
    List<String> problems = new ArrayList<>();
    Optional<CaseSummary> c = caseNo == null ? Optional.empty() : files.find(caseNo);
    if (c.isEmpty()) {
      problems.add("案件编号不存在：" + caseNo);
      return problems;
    }
    Optional<CaseWindows.Window> window = windows.of(caseNo);
    CaseStatus status = c.get().status();
    if (status == CaseStatus.TERMINATED || status == CaseStatus.REEXAMINATION_DECIDED) {
      problems.add("本案已经复核，不再受理复查、复核请求（信访工作条例第三十六条）");
      return problems;
    }
    if (window.isEmpty()) {
      problems.add("本案的答复意见书尚未送达，不能请求复查（当前：" + status.label() + "）");
      return problems;
    }
    CaseWindows.Window w = window.get();
    String what = w.level().label();
    if (status == w.level().pending() || status == CaseStatus.REHANDLING) {
      problems.add("本案" + what + "正在办理中（" + status.label() + "），不能重复请求");
      return problems;
    }
    if (requestedOn == null) {
      problems.add("请填写请求日期");
    } else if (requestedOn.isAfter(calendar.today())) {
      problems.add("请求日期不能晚于今天（" + calendar.today() + "）");
    } else if (requestedOn.isBefore(w.openedOn())) {
      problems.add("请求日期不能早于《" + w.level().answeredBy() + "》送达日期（" + w.openedOn() + "）");
    } else if (requestedOn.isAfter(w.closesOn()) || status == CaseStatus.CLOSED) {
      problems.add(
          "已超过"
              + what
              + "请求期限，不予受理：《"
              + w.level().answeredBy()
              + "》于 "
              + w.openedOn()
              + " 送达，"
              + what
              + "请求期限已于 "
              + w.closesOn()
              + " 届满（信访工作条例第"
              + (w.level() == ReviewLevel.REVIEW ? "三十五" : "三十六")
              + "条）");
    }
    if (text == null || text.isBlank()) {
      problems.add("请填写申请事项和理由");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    String body = bodyFor(caseNo, c.get(), w.level());
    long id =
        reviews.add(caseNo, w.level(), body, requestedOn, text.strip(), actor, calendar.now());
    files.setStatus(caseNo, w.level().pending());
    record.add(
        caseNo,
        actor,
        body,
        CaseAction.REVIEW_REQUESTED,
        "信访人于 " + requestedOn + " 请求" + what + "，由" + organisation.nameOf(body) + "办理");
    PlatformRights.run(
        () ->
            runtime
                .createMessageCorrelation(REVIEW_REQUESTED)
                .processInstanceBusinessKey(caseNo)
                .setVariables(
                    Variables.createVariables()
                        .putValue(REVIEW_ID, id)
                        .putValue(REVIEW_LEVEL, w.level().name())
                        .putValue(REVIEW_BODY, body)
                        .putValue(REVIEW_LABEL, what + "请求（" + organisation.nameOf(body) + "办理）")
                        .putValue(
                            REQUEST_SUMMARY,
                            "信访人于 " + requestedOn + " 请求" + what + "：" + text.strip()))
                .correlateWithResult());
    return problems;
  }

  /** 复查 goes to the lead unit's next-level body, 复核 to the level above the reviewing body. */
  private String bodyFor(String caseNo, CaseSummary c, ReviewLevel level) {
    String below =
        level == ReviewLevel.REVIEW
            ? c.leadUnit()
            : reviews.ofCase(caseNo).stream()
                .filter(r -> r.level() == ReviewLevel.REVIEW)
                .reduce((a, b) -> b)
                .map(Reviews.Review::body)
                .orElse(c.leadUnit());
    return organisation
        .reviewBody(below)
        .map(Organisation.Unit::code)
        .orElseThrow(() -> new IllegalStateException(below + " 没有上一级机关"));
  }

  /** A follow-up's or the petitioner's rating; dissatisfaction asks for supervision of the unit. */
  void rated(Satisfactions.Rating rating) {
    String text =
        (rating.source() == Satisfaction.Source.FOLLOW_UP
                ? Satisfaction.WAYS.getOrDefault(rating.way(), "回访") + "："
                : "信访人评价：")
            + rating.rating().label()
            + (rating.notes() == null ? "" : "（" + rating.notes() + "）");
    record.add(
        rating.caseNo(),
        rating.actor(),
        rating.unit(),
        rating.source() == Satisfaction.Source.FOLLOW_UP
            ? CaseAction.FOLLOWED_UP
            : CaseAction.RATED,
        text);
    if (rating.rating() == Satisfaction.DISSATISFIED) {
      supervision.request(
          rating.caseNo(),
          rating.unit(),
          SupervisionReason.DISSATISFIED,
          SupervisionSource.PROCESS,
          "群众不满意（" + organisation.nameOf(rating.unit()) + "）：" + text,
          null);
    }
  }

  /**
   * The petitioner's own rating through the public query, once, after the reply was delivered; the
   * lead unit is the one rated.
   */
  public RatingResult petitionerRates(String caseNo, Satisfaction rating, String comment) {
    CaseSummary c = files.find(caseNo).orElseThrow();
    if (windows.of(caseNo).isEmpty()) {
      return RatingResult.NOT_YET_DELIVERED;
    }
    Satisfactions.Rating r =
        new Satisfactions.Rating(
            caseNo,
            c.leadUnit(),
            Satisfaction.Source.PETITIONER,
            rating,
            "ONLINE",
            comment == null || comment.isBlank() ? null : comment.strip(),
            calendar.now(),
            "信访人");
    if (!satisfactions.add(r)) {
      return RatingResult.ALREADY_RATED;
    }
    rated(r);
    return RatingResult.RECORDED;
  }

  /** The case closes: CLOSED (no request in the window) or TERMINATED (after 复核). */
  void close(String caseNo, String outcome) {
    boolean terminated = "TERMINATED".equals(outcome);
    String reason;
    if (terminated) {
      reason = "复核意见书已送达，信访事项终结（信访工作条例第三十六条）";
    } else {
      CaseWindows.Window w = windows.of(caseNo).orElseThrow();
      reason =
          "《"
              + w.level().answeredBy()
              + "》送达后 "
              + settings.requestDays()
              + " 日内未请求"
              + w.level().label()
              + "（期限 "
              + w.closesOn()
              + " 届满），办结";
    }
    files.setStatus(caseNo, terminated ? CaseStatus.TERMINATED : CaseStatus.CLOSED);
    windows.closed(caseNo, calendar.now(), reason);
    record.add(caseNo, null, null, terminated ? CaseAction.TERMINATED : CaseAction.CLOSED, reason);
  }

  /** The window to ask for review or re-examination open on the case now: what, until when. */
  public record OpenWindow(String label, LocalDate closesOn) {}

  /** The window open on the case now, for the petitioner to see; empty once used or closed. */
  public Optional<OpenWindow> openWindow(String caseNo) {
    Optional<CaseSummary> c = files.find(caseNo);
    if (c.isEmpty()
        || !(c.get().status() == CaseStatus.DELIVERED
            || c.get().status() == CaseStatus.REVIEW_DECIDED)) {
      return Optional.empty();
    }
    return windows
        .of(caseNo)
        .filter(w -> !calendar.today().isAfter(w.closesOn()))
        .map(w -> new OpenWindow("可请求" + w.level().label(), w.closesOn()));
  }

  /** The day the window open on the case closes (its last day). */
  LocalDate windowCloses(String caseNo) {
    return windows.of(caseNo).orElseThrow().closesOn();
  }
}
