package cn.xinfang.platform.notice;

import cn.xinfang.platform.casefile.CaseAction;

/** The notices (文书) the statute requires, each with its title and its template. */
enum NoticeKind {
  /** 受理告知书: the unit that signed for a case tells the petitioner it accepted it (23). */
  ACCEPTANCE("受理告知书", "acceptance"),
  /** 不予受理告知书: the matter leaves the petition track, into legal procedure or to 纪委监委 (23). */
  NON_ACCEPTANCE("不予受理告知书", "non-acceptance"),
  /** 延期告知书: the handling period was extended, and why (34). */
  EXTENSION("延期告知书", "extension"),
  /** 答复意见书: the lead unit's written reply as its leader approved it. */
  REPLY("答复意见书", "reply"),
  /** 复查意见书: the next-level body's decision on a review (35). */
  REVIEW_DECISION("复查意见书", "review-decision"),
  /** 复核意见书: the decision on a re-examination, after which the matter is closed (36). */
  REEXAM_DECISION("复核意见书", "review-decision");

  private final String title;
  private final String template;

  NoticeKind(String title, String template) {
    this.title = title;
    this.template = template;
  }

  String title() {
    return title;
  }

  /** The template under {@code src/main/resources/notices/}. */
  String template() {
    return template;
  }

  /** The record entry that says the notice was issued: the written reply is the case's answer. */
  CaseAction issuedAs() {
    return this == REPLY ? CaseAction.REPLIED : CaseAction.NOTICE_ISSUED;
  }
}
