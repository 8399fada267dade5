package cn.xinfang.platform.routing;

import java.util.List;

/** The responsible units of a petition and the one that leads (首办负责). */
public record Routing(List<String> units, String lead) {

  public Routing {
    units = List.copyOf(units);
  }
}
