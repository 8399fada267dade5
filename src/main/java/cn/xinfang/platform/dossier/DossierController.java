package cn.xinfang.platform.dossier;

import cn.xinfang.platform.casefile.CaseReaders;
import cn.xinfang.platform.intake.CaseDocument;
import cn.xinfang.platform.intake.CaseNotFound;
import cn.xinfang.platform.privacy.PersonalDataExport;
import cn.xinfang.platform.privacy.PersonalDataReads;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/petitions/{caseNo}/record}: the case's full record as a printable page, opened
 * from every task form and from Cockpit with the webapp session. Readable by whoever may read the
 * case through {@code GET /api/petitions/{caseNo}}; to anyone else as absent as a case that does
 * not exist. The page is what gets printed and filed: the petitioners' ID numbers and contact
 * details appear on it in full only for holders of {@link PersonalDataExport}, within what they may
 * read, and such a page is recorded as a read of personal data; everyone else gets them masked.
 */
@RestController
class DossierController {

  private final CaseReaders readers;
  private final Dossiers dossiers;
  private final PersonalDataReads personalDataReads;

  DossierController(CaseReaders readers, Dossiers dossiers, PersonalDataReads personalDataReads) {
    this.readers = readers;
    this.dossiers = dossiers;
    this.personalDataReads = personalDataReads;
  }

  @GetMapping("/api/petitions/{caseNo}/record")
  ResponseEntity<?> record(@PathVariable String caseNo, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    return readers
        .disclosureFor(user, caseNo)
        .flatMap(
            reading -> {
              var shown = PersonalDataExport.limit(user, reading);
              boolean withheld = !shown.equals(reading);
              return dossiers
                  .page(caseNo, shown, withheld, user.id())
                  .map(
                      page -> {
                        personalDataReads.recordIfDisclosed(
                            caseNo, shown, "GET /api/petitions/{caseNo}/record", http);
                        return page;
                      });
            })
        .<ResponseEntity<?>>map(CaseDocument::answer)
        .orElseGet(() -> CaseNotFound.answer(caseNo));
  }
}
