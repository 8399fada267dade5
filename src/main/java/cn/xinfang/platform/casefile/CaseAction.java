package cn.xinfang.platform.casefile;

/** Every handoff and decision the case record keeps. */
public enum CaseAction {
  REGISTERED("登记"),
  DUPLICATE_LINKED("重复信访，并入在办案件"),
  /** On the new case: registered as a new matter although one of the same type was open. */
  REGISTERED_AS_NEW_MATTER("同类事项有在办案件，作为新事项登记"),
  /** On the open case: the petitioner's new matter of the same type got a case of its own. */
  NEW_MATTER_REGISTERED_BESIDE("同一信访人同类新事项另案登记"),
  ROUTED("确定责任单位"),
  LEGAL_PROCEDURE("导入法律程序，转政法委"),
  /** No longer written: a notice (文书) is issued and its delivery recorded instead. */
  @Deprecated
  PETITIONER_NOTIFIED("告知信访人"),
  TO_DISCIPLINE("转纪委监委"),
  ASSIGNED("交办责任单位"),
  SIGNED_FOR("签收"),
  OBJECTED("申请退回"),
  OBJECTION_AGREED("同意退回并改派"),
  OBJECTION_REFUSED("不同意退回"),
  BUCK_PASSING("推诿（同一单位再次申请退回）"),
  OWNERSHIP("领导包案"),
  HANDLED("办理并拟写答复意见"),
  UNIT_REPLY_APPROVED("单位领导审批通过"),
  UNIT_REPLY_RETURNED("单位领导退回修改"),
  REPLY_DRAFTED("汇总拟写答复意见书"),
  REPLY_APPROVED("答复意见书审批通过"),
  REPLY_RETURNED("答复意见书退回修改"),
  REPLIED("出具答复意见书"),
  REMINDED("期限提醒"),
  OVERDUE("超期"),
  DEADLINE_RECOUNTED("期限重算"),
  EXTENSION_REQUESTED("申请延期"),
  EXTENSION_APPROVED("批准延期"),
  EXTENSION_REFUSED("不批准延期"),
  NOTICE_ISSUED("出具文书"),
  NOTICE_DELIVERED("送达文书"),
  LIFTED("提级办理"),
  FOLLOWED_UP("回访"),
  RATED("信访人评价"),
  WINDOW_OPENED("申请期开始"),
  REVIEW_REQUESTED("申请复查（复核）"),
  REVIEW_SIGNED_FOR("签收复查（复核）申请"),
  HEARING("听证"),
  REVIEW_DECIDED("作出复查（复核）决定"),
  REHANDLED("重新办理并答复"),
  CLOSED("办结"),
  TERMINATED("终结"),
  NOT_ACCEPTED_AGAIN("不再受理");

  private final String label;

  CaseAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
