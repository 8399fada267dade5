package cn.xinfang.platform.aftercare;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.deadline.DeadlineSettings;
import cn.xinfang.platform.notice.Notices;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import cn.xinfang.platform.supervision.SupervisionSource;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * One review (复查) or re-examination (复核) at the body above ({@code petition-review}): signing for
 * the request, its 30-day clock (a hearing pauses it), the decision and its notice.
 */
@Service
class ReviewService {

  private final Reviews reviews;
  private final CaseFiles files;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final AftercareSettings settings;
  private final DeadlineSettings reminders;
  private final Notices notices;
  private final MailNotifier mail;
  private final Organisation organisation;
  private final SupervisionRequests supervision;

  ReviewService(
      Reviews reviews,
      CaseFiles files,
      CaseRecord record,
      BusinessCalendar calendar,
      AftercareSettings settings,
      DeadlineSettings reminders,
      Notices notices,
      MailNotifier mail,
      Organisation organisation,
      SupervisionRequests supervision) {
    this.reviews = reviews;
    this.files = files;
    this.record = record;
    this.calendar = calendar;
    this.settings = settings;
    this.reminders = reminders;
    this.notices = notices;
    this.mail = mail;
    this.organisation = organisation;
    this.supervision = supervision;
  }

  Reviews.Review get(long id) {
    return reviews.get(id);
  }

  /** The body signed for the request: its clock starts today. */
  void signFor(long id, String actor) {
    Reviews.Review r = reviews.get(id);
    reviews.signed(id, actor, calendar.now());
    LocalDate due = due(reviews.get(id));
    record.add(
        r.caseNo(),
        actor,
        r.body(),
        CaseAction.REVIEW_SIGNED_FOR,
        "签收" + r.level().label() + "请求，应于 " + due + " 前作出" + r.level().label() + "意见");
  }

  /** The last day for the decision: 30 days from signing, plus the days of any hearing. */
  LocalDate due(Reviews.Review r) {
    LocalDate start = r.signedAt() == null ? calendar.today() : calendar.dateOf(r.signedAt());
    return start.plusDays(settings.decisionDays() + r.hearingDays());
  }

  /**
   * Reminder {@code step} of the decision's clock: at the fractions handling is reminded at, of the
   * period from signing (moved by the hearing days) to the deadline.
   */
  Date reminderAt(long id, int step) {
    Reviews.Review r = reviews.get(id);
    LocalDate start =
        (r.signedAt() == null ? calendar.today() : calendar.dateOf(r.signedAt()))
            .plusDays(r.hearingDays());
    return calendar.fractionOf(calendar.startOf(start), due(r), reminders.reminderFraction(step));
  }

  /** A hearing (听证) from {@code from} to {@code to}: its days do not count (art. 36). */
  void hearing(long id, LocalDate from, LocalDate to, String notes, String actor) {
    Reviews.Review r = reviews.get(id);
    int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    reviews.addHearingDays(id, days);
    LocalDate due = due(reviews.get(id));
    record.add(
        r.caseNo(),
        actor,
        r.body(),
        CaseAction.HEARING,
        "听证 " + from + " 至 " + to + "（" + days + " 日不计入复核期限，期限顺延至 " + due + "）：" + notes);
  }

  /**
   * Reminds the body's officials once per step and deadline: the step is the last reminder point
   * passed (half the period, nearly due).
   */
  void remind(long id) {
    Reviews.Review r = reviews.get(id);
    int step = calendar.now().isBefore(reminderAt(id, 1).toInstant()) ? 0 : 1;
    LocalDate due = due(r);
    if (!reviews.noteReminder(id, step, due)) {
      return;
    }
    String what = r.level().label() + "意见";
    String text = what + "须于 " + due + " 前作出，请抓紧办理";
    record.add(r.caseNo(), null, r.body(), CaseAction.REMINDED, text);
    mail.mailGroup(
        r.caseNo(),
        r.body(),
        "【期限提醒】" + r.caseNo() + " " + what + "将于 " + due + " 到期",
        organisation.nameOf(r.body()) + "：信访事项 " + r.caseNo() + " 的" + text + "。");
  }

  /** The deadline passed: recorded, the body's leaders told, and the body put under supervision. */
  void overdue(long id) {
    Reviews.Review r = reviews.get(id);
    LocalDate due = due(r);
    if (!reviews.noteReminder(id, 99, due)) {
      return;
    }
    String text = r.level().label() + "意见未在 " + due + " 前作出，已超期";
    record.add(r.caseNo(), null, r.body(), CaseAction.OVERDUE, text);
    mail.mailGroup(
        r.caseNo(),
        r.body() + "-leaders",
        "【超期】" + r.caseNo() + " " + r.level().label() + "超期",
        organisation.nameOf(r.body()) + "：信访事项 " + r.caseNo() + " 的" + text + "。");
    supervision.request(
        r.caseNo(), r.body(), SupervisionReason.UNIT_OVERDUE, SupervisionSource.CLOCK, text, null);
  }

  /** The decision: recorded, its 复查意见书 or 复核意见书 issued; returns the notice's id. */
  long decide(long id, ReviewDecision decision, String text, String actor) {
    Reviews.Review r = reviews.get(id);
    boolean reexamination = r.level() == ReviewLevel.REEXAMINATION;
    String next =
        decision == ReviewDecision.REVOKED
            ? "原办理单位将重新办理并另行答复。"
            : reexamination
                ? "本复核意见为最终意见。对同一事实和理由再次提出信访的，不再受理（《信访工作条例》第三十六条）。"
                : "如不服本复查意见，可以自收到本意见书之日起30日内，依照《信访工作条例》第三十六条的规定，向复查机关的上一级机关请求复核。";
    long notice =
        notices.reviewDecision(
            r.caseNo(),
            r.body(),
            actor,
            reexamination,
            r.requestedOn(),
            decision.label(),
            text,
            next);
    reviews.decided(id, decision, text, actor, calendar.now(), notice);
    files.setStatus(
        r.caseNo(),
        decision == ReviewDecision.REVOKED ? CaseStatus.REHANDLING : r.level().decided());
    record.add(
        r.caseNo(),
        actor,
        r.body(),
        CaseAction.REVIEW_DECIDED,
        r.level().label() + "决定：" + decision.label());
    return notice;
  }
}
