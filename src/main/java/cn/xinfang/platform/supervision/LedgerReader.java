package cn.xinfang.platform.supervision;

import cn.xinfang.platform.organisation.Organisation;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who reads which rows of the accountability ledger, one rule for the API and the case record:
 * supervisors, managers and administrators every row; a unit's leaders ({@code <unit>-leaders})
 * their own unit's rows; discipline inspection the proposals and decisions addressed to it.
 */
public record LedgerReader(boolean readsAll, Set<String> ownUnits, boolean discipline) {

  static final Set<String> READ_ALL = Set.of("supervisors", "managers", "camunda-admin");
  static final Set<String> DISCIPLINE = Set.of("discipline", "discipline-leaders");
  static final Set<LedgerRung> ADDRESSED_TO_DISCIPLINE =
      Set.of(LedgerRung.PROPOSAL, LedgerRung.DECISION);

  private static final String LEADERS = "-leaders";

  public static LedgerReader of(Collection<String> groups, Organisation organisation) {
    return new LedgerReader(
        groups.stream().anyMatch(READ_ALL::contains),
        Set.copyOf(
            groups.stream()
                .filter(g -> g.endsWith(LEADERS))
                .map(g -> g.substring(0, g.length() - LEADERS.length()))
                .filter(unit -> organisation.unit(unit).isPresent())
                .toList()),
        groups.stream().anyMatch(DISCIPLINE::contains));
  }

  /** Whether any row at all is theirs to read; everyone else is refused. */
  public boolean readsAny() {
    return readsAll || discipline || !ownUnits.isEmpty();
  }

  /** Verifying the chain is for those who read all of it. */
  public boolean mayVerify() {
    return readsAll;
  }

  public boolean sees(LedgerEntry e) {
    return readsAll
        || ownUnits.contains(e.unit())
        || discipline && ADDRESSED_TO_DISCIPLINE.contains(e.rung());
  }

  /**
   * The units to look in for a reader who reads only their own unit(s): those asked for among their
   * own (another unit's rows are not theirs: none), or all their own; null for no restriction.
   */
  List<String> unitsToSearch(String asked) {
    if (readsAll || discipline) {
      return asked == null ? null : List.of(asked);
    }
    return asked == null
        ? List.copyOf(ownUnits)
        : ownUnits.contains(asked) ? List.of(asked) : List.of();
  }
}
