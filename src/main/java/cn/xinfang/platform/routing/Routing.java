package cn.xinfang.platform.routing;

import java.util.List;
import java.util.Optional;

/** The responsible units of a petition and the one that leads (首办负责). */
public record Routing(List<String> units, String lead) {

  public Routing {
    units = List.copyOf(units);
  }

  /**
   * What the catalogue proposes beyond forwarding, in the registrar's words: an accusation against
   * officials goes to discipline inspection (30), a law-related matter is received by the
   * political-legal committee (22, 28, 31).
   */
  public Optional<String> proposal() {
    return switch (lead) {
      case "discipline" -> Optional.of("检举控告公职人员，建议转纪委监委");
      case "political-legal" -> Optional.of("涉法涉诉，建议由政法委受理");
      default -> Optional.empty();
    };
  }
}
