package cn.xinfang.platform.routing;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.flag;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Rule_ResponsibilityCatalogue}: the catalogue's suggestion, for the registrar to confirm.
 */
@Component("routeByCatalogueDelegate")
class RouteByCatalogueDelegate implements JavaDelegate {

  static final String CATALOGUE_UNITS = ResponsibilityCatalogue.SUGGESTED_UNITS_VARIABLE;
  static final String CATALOGUE_LEAD = ResponsibilityCatalogue.SUGGESTED_LEAD_VARIABLE;

  private final ResponsibilityCatalogue catalogue;
  private final Organisation organisation;

  RouteByCatalogueDelegate(ResponsibilityCatalogue catalogue, Organisation organisation) {
    this.catalogue = catalogue;
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Routing routing =
        catalogue.route(
            text(execution, MATTER_TYPE),
            text(execution, CATEGORY),
            flag(execution, LAW_RELATED),
            text(execution, REGION),
            UnitList.read(execution, INVOLVED_UNITS));
    execution.setVariable(CATALOGUE_UNITS, String.join(",", routing.units()));
    execution.setVariable(CATALOGUE_LEAD, routing.lead());
    String units =
        organisation.namesOf(routing.units()) + "（牵头：" + organisation.nameOf(routing.lead()) + "）";
    execution.setVariable(
        SUGGESTED_UNITS, routing.proposal().map(p -> p + "：" + units).orElse(units));
    execution.setVariable(RESPONSIBLE_UNITS, UnitList.json(routing.units()));
    execution.setVariable(LEAD_UNIT, routing.lead());
  }
}
