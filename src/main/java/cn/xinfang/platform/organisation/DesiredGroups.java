package cn.xinfang.platform.organisation;

import cn.xinfang.platform.organisation.DesiredGroup.Grantable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

/** Derives every Camunda group, with its grants, from the organisation file. */
final class DesiredGroups {

  private static final String ALL = "*";

  private DesiredGroups() {}

  static Map<String, DesiredGroup> of(Organisation organisation) {
    Map<String, DesiredGroup> groups = new LinkedHashMap<>();
    for (Organisation.Unit unit : organisation.units()) {
      organisation
          .unitGroups()
          .forEach(
              (key, template) -> {
                String id = unit.code() + nullToEmpty(template.suffix());
                String type =
                    nullToEmpty(template.suffix()).isEmpty()
                        ? DesiredGroup.UNIT_TYPE
                        : DesiredGroup.UNIT_TYPE + "-" + key;
                String name = template.name().replace("{unit}", unit.name());
                put(
                    groups,
                    new DesiredGroup(
                        id, name, type, grants(template.apps(), template.permissions())));
              });
    }
    for (Organisation.Role role : organisation.roles()) {
      put(
          groups,
          new DesiredGroup(
              role.code(),
              role.name(),
              DesiredGroup.ROLE_TYPE,
              grants(role.apps(), role.permissions())));
    }
    put(groups, administrators());
    return groups;
  }

  private static DesiredGroup administrators() {
    Map<Grantable, Set<Permission>> grants = new LinkedHashMap<>();
    for (Resources resource : Resources.values()) {
      grants.put(new Grantable(resource.resourceType(), ALL), Set.of(Permissions.ALL));
    }
    return new DesiredGroup(DesiredGroup.ADMIN_GROUP, "系统管理员", DesiredGroup.SYSTEM_TYPE, grants);
  }

  private static Map<Grantable, Set<Permission>> grants(
      List<String> apps, List<PermissionBundle> bundles) {
    Map<Grantable, Set<Permission>> grants = new LinkedHashMap<>();
    for (String app : apps == null ? List.<String>of() : apps) {
      grants.put(
          new Grantable(Resources.APPLICATION.resourceType(), app), Set.of(Permissions.ACCESS));
    }
    for (PermissionBundle bundle : bundles == null ? List.<PermissionBundle>of() : bundles) {
      for (PermissionBundle.Grant grant : bundle.grants()) {
        grants
            .computeIfAbsent(
                new Grantable(grant.resource().resourceType(), grant.resourceId()),
                k -> new HashSet<>())
            .addAll(grant.permissions());
      }
    }
    return grants;
  }

  private static void put(Map<String, DesiredGroup> groups, DesiredGroup group) {
    if (groups.putIfAbsent(group.id(), group) != null) {
      throw new IllegalStateException("组织机构配置有误：组编码重复：" + group.id());
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
