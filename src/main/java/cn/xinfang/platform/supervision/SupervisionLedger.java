package cn.xinfang.platform.supervision;

import java.util.*;
import org.springframework.stereotype.Service;

// TEMPORARY STUB
@Service
public class SupervisionLedger {
  private final List<LedgerEntry> rows = Collections.synchronizedList(new ArrayList<>());

  public LedgerEntry append(NewLedgerEntry e) {
    LedgerEntry r =
        new LedgerEntry(
            rows.size() + 1,
            java.time.Instant.now(),
            e.actor(),
            e.caseNo(),
            e.unit(),
            e.supervisionId(),
            e.rung(),
            e.reason(),
            e.article(),
            e.text(),
            e.documentId(),
            "",
            "");
    rows.add(r);
    return r;
  }

  public List<LedgerEntry> forCase(String caseNo) {
    return rows.stream().filter(r -> r.caseNo().equals(caseNo)).toList();
  }
}
