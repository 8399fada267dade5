package cn.xinfang.platform.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The groups the organisation file makes (id, Chinese name, type), for those who only read them.
 */
public final class OrganisationGroups {

  /** One group of the organisation. */
  public record Group(String id, String name, String type) {}

  private OrganisationGroups() {}

  public static Map<String, Group> of(Organisation organisation) {
    Map<String, Group> groups = new LinkedHashMap<>();
    DesiredGroups.of(organisation)
        .values()
        .forEach(g -> groups.put(g.id(), new Group(g.id(), g.name(), g.type())));
    return groups;
  }
}
