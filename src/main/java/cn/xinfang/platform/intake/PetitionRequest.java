package cn.xinfang.platform.intake;

import java.util.List;

/** A petition as a channel submits it to {@code POST /api/petitions}. */
public record PetitionRequest(
    String channel,
    List<PetitionerRequest> petitioners,
    Integer headcount,
    String category,
    String matterType,
    Boolean lawRelated,
    String region,
    String content,
    List<String> involvedUnits,
    String hotlineOrderNo,
    Duplicate duplicate,
    Boolean highRisk) {

  /** A petitioner, or for a collective petition one of at most five representatives. */
  public record PetitionerRequest(String name, String idNumber, String phone, String address) {}

  /**
   * The registrar's decision should the petitioner have a case open about this matter type: {@code
   * LINK} or {@code NEW_MATTER} ({@link DuplicateDecision}), and why. Without it the petition is
   * linked to the open case.
   */
  public record Duplicate(String decision, String reason) {}

  /** The registrar's decision, or null when none was taken (or it is not a known one). */
  public DuplicateDecision duplicateDecision() {
    if (duplicate == null || duplicate.decision() == null) {
      return null;
    }
    for (DuplicateDecision d : DuplicateDecision.values()) {
      if (d.name().equals(duplicate.decision())) {
        return d;
      }
    }
    return null;
  }

  public String duplicateReason() {
    return duplicate == null || duplicate.reason() == null ? null : duplicate.reason().strip();
  }

  public List<PetitionerRequest> petitionersOrEmpty() {
    return petitioners == null ? List.of() : petitioners;
  }

  public List<String> involvedUnitsOrEmpty() {
    return involvedUnits == null ? List.of() : involvedUnits;
  }

  public boolean isCollective() {
    return headcount != null && headcount >= 5;
  }
}
