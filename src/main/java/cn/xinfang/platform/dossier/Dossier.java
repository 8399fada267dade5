package cn.xinfang.platform.dossier;

import java.util.List;

/**
 * A case's full record (案件完整记录) as its page prints it: every value already in words and in Beijing
 * time, so the template only lays it out.
 */
public record Dossier(
    Head head,
    List<Person> petitioners,
    /* ID numbers and contact details masked for want of the right to export personal data */
    boolean personalDataWithheld,
    List<Part> units,
    List<Step> steps,
    List<Entry> record,
    List<Paper> notices,
    List<Ledger> supervision,
    List<Owned> ownership,
    String readBy,
    String readAt) {

  public record Head(
      String caseNo,
      String statusLabel,
      String processLabel,
      String channel,
      String category,
      String matterType,
      String lawRelated,
      String region,
      String headcount,
      String hotlineOrderNo,
      String registeredAt,
      String registeredBy,
      String forwardDeadline,
      String leadUnit,
      String content) {}

  /** The case's leader ownership (领导包案): who owns it, where it stands, what was done. */
  public record Owned(
      String owner,
      String unit,
      String reason,
      String status,
      String target,
      List<cn.xinfang.platform.ownership.OwnershipLedger.Event> events) {}

  /** A row of the accountability ledger (问责台账) about this case. */
  public record Ledger(
      String at,
      String unit,
      String rung,
      String reason,
      String article,
      String actor,
      String text,
      String documentUrl) {}

  public record Person(String name, String idNumber, String phone, String address) {}

  /** One unit's part (the lead marked 牵头): its episode, status and statutory dates. */
  public record Part(
      String unit,
      String episode,
      String statusLabel,
      String assignedAt,
      String acceptBy,
      String objectBy,
      String handleBy,
      String extension,
      String remarks) {}

  /** A user task of the case, open or finished: what, for whom, who did it, when. */
  public record Step(
      String name,
      String groups,
      String statusLabel,
      boolean open,
      String createdAt,
      String due,
      String doneBy,
      String doneAt) {}

  public record Entry(String at, String actor, String unit, String action, String detail) {}

  public record Paper(
      String title,
      String issuer,
      String issuedAt,
      String issuedBy,
      String statusLabel,
      String delivery,
      String url) {}
}
