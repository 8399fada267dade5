package cn.xinfang.platform.accounts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A checked roster line: who the person is, where they work and how they sign in. */
record Official(
    int line,
    String account,
    String name,
    String unit,
    List<RosterRole> roles,
    String mail,
    String mobile,
    SignIn signIn) {

  enum SignIn {
    /** A password the platform keeps, set by the person through a one-time link. */
    PASSWORD,
    /** The government directory or unified login; the platform keeps no password. */
    DIRECTORY
  }

  Set<String> groups() {
    Set<String> groups = new TreeSet<>();
    roles.forEach(r -> groups.addAll(r.groups(unit)));
    return groups;
  }

  String roleCodes() {
    return String.join(",", roles.stream().map(RosterRole::code).toList());
  }
}
