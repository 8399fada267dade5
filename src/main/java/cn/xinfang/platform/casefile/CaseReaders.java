package cn.xinfang.platform.casefile;

import cn.xinfang.platform.security.ApiUser;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a case, and how much of its petitioners' personal data they see. Decided from the
 * case file's head and units alone, before anything else of the case is read.
 */
@Service
public class CaseReaders {

  /** Who may read any case; the units of a case and whoever registered it may read that case. */
  static final Set<String> READ_ALL_GROUPS =
      Set.of("registrars", "petition-bureau", "supervisors", "managers", "camunda-admin");

  /** Besides the units handling a case, who sees its petitioners' ID numbers in full. */
  static final Set<String> SEE_ID_NUMBERS_GROUPS = Set.of("petition-bureau");

  /** What a reader may see of the petitioners: ID numbers in full, phones and addresses. */
  public record Disclosure(boolean idNumbers, boolean contact) {

    public CaseView apply(CaseView view) {
      return view.disclosing(idNumbers, contact);
    }
  }

  private final CaseFiles files;
  private final CaseViews views;

  CaseReaders(CaseFiles files, CaseViews views) {
    this.files = files;
    this.views = views;
  }

  /**
   * How much of the case {@code user} sees, or empty when the case does not exist or they may not
   * read it: the bureau, supervisors and managers read every case, units and the registrant their
   * own. ID numbers in full for the petition bureau and the units handling the case, contact
   * details also for whoever registered it.
   */
  @Transactional(readOnly = true)
  public Optional<Disclosure> disclosureFor(ApiUser user, String caseNo) {
    return files
        .find(caseNo)
        .filter(
            c ->
                user.isInAny(READ_ALL_GROUPS)
                    || user.id().equals(c.registeredBy())
                    || user.isInAny(views.unitGroups(caseNo)))
        .map(
            c -> {
              boolean idNumbers =
                  user.isInAny(SEE_ID_NUMBERS_GROUPS) || user.isInAny(views.handlingGroups(caseNo));
              return new Disclosure(idNumbers, idNumbers || user.id().equals(c.registeredBy()));
            });
  }
}
