package cn.xinfang.platform.intake;

import java.util.Arrays;
import java.util.Optional;

/** What a petition is about; the codes feed the responsibility catalogue (DMN). */
public enum MatterType {
  LAND("land", "土地征收与补偿"),
  WAGES("wages", "拖欠工资"),
  HOUSING("housing", "住房与物业"),
  SOCIAL_SECURITY("social-security", "社会保障"),
  POLICE_CONDUCT("police-conduct", "公安执法"),
  COURT_CASE("court-case", "法院诉讼"),
  PROCURATORATE_CASE("procuratorate-case", "检察监督"),
  LEGAL_AID("legal-aid", "法律援助"),
  MARKET("market", "市场监管与消费维权"),
  ENVIRONMENT("environment", "生态环境"),
  OTHER("other", "其他");

  private final String code;
  private final String label;

  MatterType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<MatterType> ofCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }
}
