package cn.xinfang.platform.supervision;

import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseUnit;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.deadline.DeadlineWatch;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.validation.TextField;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 挂牌督办 by hand (Tasklist's start form and {@code POST /api/supervision}): the case must exist and
 * the unit must be one that works on it (or the petition bureau, which registered it).
 */
@Component
class ManualFlags {

  private final CaseFiles files;
  private final CaseUnits units;
  private final Organisation organisation;

  ManualFlags(CaseFiles files, CaseUnits units, Organisation organisation) {
    this.files = files;
    this.units = units;
    this.organisation = organisation;
  }

  /** What is wrong with the flag, in Chinese; empty when it may go ahead. */
  List<String> problems(String caseNo, String unit, String reason) {
    List<String> problems = new ArrayList<>();
    if (caseNo == null || caseNo.isBlank()) {
      problems.add("请填写案件编号");
    } else if (files.find(caseNo.strip()).isEmpty()) {
      problems.add("案件编号不存在：" + caseNo.strip());
    }
    if (unit == null || unit.isBlank()) {
      problems.add("请选择被督办单位");
    } else if (organisation.unit(unit).isEmpty()) {
      problems.add("被督办单位不存在：" + unit);
    } else if (problems.isEmpty() && !worksOn(caseNo.strip(), unit)) {
      problems.add(organisation.nameOf(unit) + "没有承办案件 " + caseNo.strip() + "，不能对其督办");
    }
    TextField field = TextField.FLAG_REASON;
    if (reason == null || reason.isBlank()) {
      problems.add("请填写" + field.label());
    } else if (reason.length() > field.maxLength()) {
      problems.add(field.label() + "不能超过 " + field.maxLength() + " 个字");
    }
    return problems;
  }

  private boolean worksOn(String caseNo, String unit) {
    return DeadlineWatch.PETITION_BUREAU.equals(unit)
        || units.of(caseNo).stream().map(CaseUnit::unit).anyMatch(unit::equals);
  }
}
