package cn.xinfang.platform.directory;

import cn.xinfang.platform.organisation.OrganisationGroups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.ldap.LdapName;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapClient;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapSearchResults;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Camunda's LDAP session with the platform's groups: people, their names, mail and password come
 * from the directory as the plugin reads them; which of the platform's groups (units, roles,
 * administrators) a person is in comes from {@link DirectoryMapping} — everyone under a unit's
 * organisational unit, or the members of a directory group. The groups keep the organisation's ids,
 * Chinese names and types, so the authorizations the organisation sync grants apply as they are.
 */
class DirectorySession extends LdapIdentityProviderSession {

  private final DirectoryMapping mapping;
  private final Map<String, OrganisationGroups.Group> organisation;

  DirectorySession(
      LdapConfiguration configuration,
      DirectoryMapping mapping,
      Map<String, OrganisationGroups.Group> organisation) {
    super(configuration);
    this.mapping = mapping;
    this.organisation = organisation;
  }

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    Set<String> ofUser = query.getUserId() == null ? null : groupsOf(query.getUserId());
    Pattern nameLike =
        query.getNameLike() == null
            ? null
            : Pattern.compile(
                Arrays.stream(query.getNameLike().split("[%*]", -1))
                    .map(Pattern::quote)
                    .collect(Collectors.joining(".*")));
    List<Group> found = new ArrayList<>();
    for (DirectoryMapping.Entry entry : mapping.groups().values()) {
      OrganisationGroups.Group group = organisation.get(entry.groupId());
      if ((query.getId() != null && !query.getId().equals(group.id()))
          || (query.getIds() != null && !Arrays.asList(query.getIds()).contains(group.id()))
          || (query.getName() != null && !query.getName().equals(group.name()))
          || (nameLike != null && !nameLike.matcher(group.name()).matches())
          || (query.getType() != null && !query.getType().equals(group.type()))
          || (ofUser != null && !ofUser.contains(group.id()))
          || !isAuthorizedToReadGroup(group.id())) {
        continue;
      }
      GroupEntity entity = new GroupEntity(group.id());
      entity.setName(group.name());
      entity.setType(group.type());
      found.add(entity);
    }
    found.sort(java.util.Comparator.comparing(Group::getId));
    int from = Math.min(query.getFirstResult(), found.size());
    int to = (int) Math.min((long) from + query.getMaxResults(), found.size());
    return found.subList(from, to);
  }

  /** The platform groups this directory user is in, by their DN. */
  private Set<String> groupsOf(String userId) {
    String userDn = getDnForUser(userId);
    if (userDn == null || userDn.isEmpty()) {
      return Set.of();
    }
    LdapName user = parse(userDn);
    return mapping.groups().values().stream()
        .filter(
            entry ->
                entry.kind() == DirectoryMapping.Kind.OU
                    ? user.startsWith(entry.dn()) && !user.equals(entry.dn())
                    : isMember(entry.dn(), userDn))
        .map(DirectoryMapping.Entry::groupId)
        .collect(Collectors.toSet());
  }

  private boolean isMember(LdapName groupDn, String userDn) {
    ldapClient.setRequestControls(List.of());
    String filter =
        "("
            + ldapConfiguration.getGroupMemberAttribute()
            + "="
            + escapeLDAPSearchFilter(userDn)
            + ")";
    try (LdapSearchResults results = ldapClient.search(groupDn.toString(), filter)) {
      return results.hasMoreElements();
    } catch (RuntimeException e) {
      // a group the directory does not have has no members
      return false;
    }
  }

  /** The members of a platform group: everyone under its OU, or its directory group's members. */
  @Override
  protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
    DirectoryMapping.Entry entry = mapping.groups().get(query.getGroupId());
    if (entry == null) {
      return List.of();
    }
    if (entry.kind() == DirectoryMapping.Kind.OU) {
      return findUsersWithoutGroupId(query, entry.dn().toString(), false);
    }
    List<String> members = new ArrayList<>();
    ldapClient.setRequestControls(List.of());
    try (LdapSearchResults results =
        ldapClient.search(entry.dn().toString(), ldapConfiguration.getGroupSearchFilter())) {
      while (results.hasMoreElements()) {
        NamingEnumeration<String> all =
            LdapClient.getAllMembers(ldapConfiguration.getGroupMemberAttribute(), results);
        while (all != null && all.hasMoreElements()) {
          members.add(all.nextElement());
        }
      }
    } catch (RuntimeException e) {
      return List.of();
    }
    List<User> users = new ArrayList<>();
    for (String member : members) {
      if (users.size() >= query.getMaxResults()) {
        break;
      }
      users.addAll(findUsersWithoutGroupId(query, member, true).stream().limit(1).toList());
    }
    return users.subList(Math.min(query.getFirstResult(), users.size()), users.size());
  }

  private static LdapName parse(String dn) {
    try {
      return new LdapName(dn);
    } catch (InvalidNameException e) {
      return new LdapName(List.of());
    }
  }
}
