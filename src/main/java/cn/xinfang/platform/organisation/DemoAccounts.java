package cn.xinfang.platform.organisation;

import java.util.ArrayList;
import java.util.List;

/** The demo accounts of {@code config/demo-accounts.yaml}: rules per unit and named users. */
public record DemoAccounts(
    String password,
    String emailDomain,
    List<Account> perUnit,
    List<Account> perVillage,
    List<Account> users) {

  /** An account; in rules, {unit} and {unitName} stand for the unit's code and name. */
  public record Account(String id, String firstName, String lastName, List<String> groups) {

    Account forUnit(Organisation.Unit unit) {
      return new Account(
          fill(id, unit),
          fill(firstName, unit),
          fill(lastName, unit),
          groups.stream().map(g -> fill(g, unit)).toList());
    }

    private static String fill(String template, Organisation.Unit unit) {
      return template.replace("{unitName}", unit.name()).replace("{unit}", unit.code());
    }
  }

  public DemoAccounts {
    perUnit = perUnit == null ? List.of() : List.copyOf(perUnit);
    perVillage = perVillage == null ? List.of() : List.copyOf(perVillage);
    users = users == null ? List.of() : List.copyOf(users);
  }

  /** Every account the rules and the list produce for this organisation. */
  public List<Account> accountsFor(Organisation organisation) {
    List<Account> accounts = new ArrayList<>();
    for (Organisation.Unit unit : organisation.units()) {
      perUnit.forEach(rule -> accounts.add(rule.forUnit(unit)));
    }
    for (Organisation.Unit village : organisation.unitsAtLevel("village")) {
      perVillage.forEach(rule -> accounts.add(rule.forUnit(village)));
    }
    accounts.addAll(users);
    return accounts;
  }

  public String emailOf(String userId) {
    return userId + "@" + emailDomain;
  }

  boolean isDemoEmail(String email) {
    return email != null && email.endsWith("@" + emailDomain);
  }
}
