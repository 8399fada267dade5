package cn.xinfang.platform.organisation;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permission;

/** A group as the organisation wants it, with the grants it should hold. */
record DesiredGroup(String id, String name, String type, Map<Grantable, Set<Permission>> grants) {

  static final String ADMIN_GROUP = "camunda-admin";
  static final String UNIT_TYPE = "unit";
  static final String ROLE_TYPE = "role";
  static final String SYSTEM_TYPE = "SYSTEM";

  /** A resource type and id that a group is granted permissions on. */
  record Grantable(int resourceType, String resourceId) {}

  /**
   * Groups of these types belong to the sync: one that the file no longer names is removed, and so
   * are memberships of demo accounts in them that the file no longer names.
   */
  static boolean isManaged(String type) {
    return type != null
        && (type.startsWith(UNIT_TYPE) || type.equals(ROLE_TYPE) || type.equals(SYSTEM_TYPE));
  }
}
