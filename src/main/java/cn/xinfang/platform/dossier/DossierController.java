package cn.xinfang.platform.dossier;

import cn.xinfang.platform.casefile.CaseReaders;
import cn.xinfang.platform.intake.CaseDocument;
import cn.xinfang.platform.intake.CaseNotFound;
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
 * not exist.
 */
@RestController
class DossierController {

  private final CaseReaders readers;
  private final Dossiers dossiers;

  DossierController(CaseReaders readers, Dossiers dossiers) {
    this.readers = readers;
    this.dossiers = dossiers;
  }

  @GetMapping("/api/petitions/{caseNo}/record")
  ResponseEntity<?> record(@PathVariable String caseNo, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    return readers
        .disclosureFor(user, caseNo)
        .flatMap(disclosure -> dossiers.page(caseNo, disclosure, user.id()))
        .<ResponseEntity<?>>map(CaseDocument::answer)
        .orElseGet(() -> CaseNotFound.answer(caseNo));
  }
}
