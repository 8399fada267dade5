package cn.xinfang.platform.intake;

import java.util.ArrayList;
import java.util.List;

/** Test data: a valid petition unless a test changes it, and valid resident ID numbers. */
public final class Petitions {

  private String channel = "VISIT";
  private final List<PetitionRequest.PetitionerRequest> petitioners = new ArrayList<>();
  private Integer headcount = 1;
  private Boolean highRisk;
  private String category = "CLAIM";
  private String matterType = "wages";
  private boolean lawRelated;
  private String region = "village-1-1";
  private String content = "某建筑公司拖欠工资三个月共计两万元，多次讨要未果。";
  private List<String> involvedUnits = List.of();
  private String hotlineOrderNo;
  private PetitionRequest.Duplicate duplicate;

  private Petitions() {}

  /** A wage claim by one petitioner, whose ID number is derived from {@code seed}. */
  public static Petitions claim(int seed) {
    Petitions p = new Petitions();
    p.petitioners.add(person("王" + seed, seed));
    return p;
  }

  /**
   * A wage claim by a petitioner born on {@code birthDate} (yyyyMMdd) with sequence {@code seq}
   * (0–999): for data sets larger than the thousand ID numbers {@link #claim(int)} gives.
   */
  public static Petitions claimBy(String birthDate, int seq) {
    Petitions p = new Petitions();
    String body = "110102" + birthDate + String.format("%03d", seq);
    p.petitioners.add(
        new PetitionRequest.PetitionerRequest(
            "李" + seq, body + ResidentIdNumber.checkDigit(body), "13900001111", "第一镇一村"));
    return p;
  }

  public static PetitionRequest.PetitionerRequest person(String name, int seed) {
    return new PetitionRequest.PetitionerRequest(name, idNumber(seed), "13900001111", "第一镇一村");
  }

  /** A valid 18-digit ID number: born 1980-01-01 in Beijing's Xicheng district, sequence seed. */
  public static String idNumber(int seed) {
    String body = "110102" + "19800101" + String.format("%03d", seed % 1000);
    return body + ResidentIdNumber.checkDigit(body);
  }

  /** The first petitioner's name. */
  public Petitions named(String name) {
    PetitionRequest.PetitionerRequest first = petitioners.get(0);
    petitioners.set(
        0,
        new PetitionRequest.PetitionerRequest(
            name, first.idNumber(), first.phone(), first.address()));
    return this;
  }

  public Petitions about(String matterType) {
    this.matterType = matterType;
    return this;
  }

  public Petitions category(String category) {
    this.category = category;
    return this;
  }

  public Petitions lawRelated() {
    this.lawRelated = true;
    return this;
  }

  public Petitions from(String region) {
    this.region = region;
    return this;
  }

  public Petitions involving(String... units) {
    this.involvedUnits = List.of(units);
    return this;
  }

  public Petitions by(String channel) {
    this.channel = channel;
    return this;
  }

  public Petitions hotlineOrder(String number) {
    this.hotlineOrderNo = number;
    return this;
  }

  public Petitions headcount(int headcount) {
    this.headcount = headcount;
    return this;
  }

  /** Adds representatives (collective visits) with ID numbers from the given seeds. */
  public Petitions withRepresentatives(int... seeds) {
    for (int seed : seeds) {
      petitioners.add(person("代表" + seed, seed));
    }
    return this;
  }

  /** The registrar's decision should the petitioner have this matter open: LINK or NEW_MATTER. */
  public Petitions decidedAsDuplicate(String decision, String reason) {
    this.duplicate = new PetitionRequest.Duplicate(decision, reason);
    return this;
  }

  /** Flagged by the registrar as high risk (高风险). */
  public Petitions highRisk() {
    this.highRisk = true;
    return this;
  }

  public Petitions content(String content) {
    this.content = content;
    return this;
  }

  public PetitionRequest build() {
    return new PetitionRequest(
        channel,
        List.copyOf(petitioners),
        headcount,
        category,
        matterType,
        lawRelated,
        region,
        content,
        involvedUnits,
        hotlineOrderNo,
        duplicate,
        highRisk);
  }
}
