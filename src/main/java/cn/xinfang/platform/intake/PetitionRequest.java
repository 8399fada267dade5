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
    String hotlineOrderNo) {

  /** A petitioner, or for a collective petition one of at most five representatives. */
  public record PetitionerRequest(String name, String idNumber, String phone, String address) {}

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
