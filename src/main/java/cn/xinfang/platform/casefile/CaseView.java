package cn.xinfang.platform.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A case as {@code GET /api/petitions/{caseNo}} shows it; times in Beijing time. */
public record CaseView(
    String caseNo,
    String status,
    String statusLabel,
    List<Step> currentSteps,
    String channel,
    String category,
    String matterType,
    boolean lawRelated,
    String region,
    int headcount,
    boolean collective,
    String content,
    String hotlineOrderNo,
    List<Petitioner> petitioners,
    OffsetDateTime registeredAt,
    String registeredBy,
    LocalDate forwardDeadline,
    boolean forwardOverdue,
    String leadUnit,
    List<Unit> units,
    List<Entry> record,
    List<Notice> notices) {

  /**
   * The case with its petitioners' personal data as the reader may see it: ID numbers in full only
   * for the petition bureau and the units handling the case, contact details also for whoever
   * registered it.
   */
  public CaseView disclosing(boolean idNumbers, boolean contact) {
    if (idNumbers) {
      return this;
    }
    return new CaseView(
        caseNo,
        status,
        statusLabel,
        currentSteps,
        channel,
        category,
        matterType,
        lawRelated,
        region,
        headcount,
        collective,
        content,
        hotlineOrderNo,
        petitioners.stream().map(p -> p.masked(contact)).toList(),
        registeredAt,
        registeredBy,
        forwardDeadline,
        forwardOverdue,
        leadUnit,
        units,
        record,
        notices);
  }

  /** An open task: what is to be done, by which groups, since when. */
  public record Step(
      String taskId,
      String step,
      String name,
      List<String> candidateGroups,
      String assignee,
      OffsetDateTime since) {}

  public record Unit(
      String unit,
      int episode,
      String unitName,
      boolean lead,
      String status,
      String statusLabel,
      OffsetDateTime assignedAt,
      LocalDate acceptDeadline,
      LocalDate objectionDeadline,
      LocalDate handlingDeadline,
      int objections,
      boolean buckPassing,
      boolean acceptOverdue,
      boolean handlingOverdue,
      int extendedDays) {}

  public record Entry(
      OffsetDateTime at,
      String actor,
      String unit,
      String action,
      String actionLabel,
      String detail) {}

  /**
   * A notice (文书) issued on the case: 待送达 until its delivery is recorded, then 已送达 with the day,
   * the way and who delivered it. {@code url} answers the notice as issued, to print.
   */
  public record Notice(
      long id,
      String kind,
      String title,
      String issuingUnit,
      String issuingUnitName,
      OffsetDateTime issuedAt,
      String issuedBy,
      String status,
      String statusLabel,
      LocalDate deliveredOn,
      String deliveryWay,
      String deliveryWayLabel,
      String deliveredBy,
      String url) {}
}
