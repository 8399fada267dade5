package cn.xinfang.platform.routing;

import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.CaseUnit;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.casefile.HandlingResult;
import cn.xinfang.platform.casefile.UnitStatus;
import cn.xinfang.platform.organisation.Organisation;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the petition BPMN asks of a case in expressions: {@code
 * ${petitionRouting.responsibleUnits(caseNo)}} for the parallel unit handling, the lead unit and
 * its leaders for the consolidated reply. The case file is the source, so a re-routed lead is seen.
 */
@Component("petitionRouting")
public class PetitionRouting {

  private final CaseFiles files;
  private final CaseUnits units;
  private final Organisation organisation;

  PetitionRouting(CaseFiles files, CaseUnits units, Organisation organisation) {
    this.files = files;
    this.units = units;
    this.organisation = organisation;
  }

  public List<String> responsibleUnits(String caseNo) {
    return units.of(caseNo).stream()
        .filter(u -> u.status() == UnitStatus.ASSIGNED)
        .map(CaseUnit::unit)
        .toList();
  }

  public String leadUnit(String caseNo) {
    return files.find(caseNo).map(CaseSummary::leadUnit).orElseThrow();
  }

  public String leadLeaders(String caseNo) {
    return leadUnit(caseNo) + "-leaders";
  }

  /** Every unit's approved result, for the lead unit's consolidated reply. */
  public String unitResults(String caseNo) {
    StringBuilder text = new StringBuilder();
    for (HandlingResult r : units.handlingResults(caseNo)) {
      text.append("【")
          .append(organisation.nameOf(r.unit()))
          .append("】\n查明情况：")
          .append(r.findings())
          .append("\n处理措施：")
          .append(r.measures())
          .append("\n答复意见：")
          .append(r.draftReply())
          .append("\n\n");
    }
    return text.toString().strip();
  }
}
