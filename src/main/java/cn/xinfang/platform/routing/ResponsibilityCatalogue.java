package cn.xinfang.platform.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The dispatch catalogue (派单目录): asks the DMN {@code responsibility-catalogue} which units are
 * responsible and which leads. Its hits come in rule order and the first rule naming a lead wins,
 * as the table's description tells designers: an accusation is led by discipline inspection, a
 * law-related matter by the political-legal committee. When no rule applies, the district
 * government takes the matter.
 */
@Service
public class ResponsibilityCatalogue {

  public static final String DECISION = "responsibility-catalogue";
  public static final String FALLBACK_UNIT = "district-government";

  /**
   * What the catalogue suggested at registration, kept on the case's process (unit codes, lead).
   */
  public static final String SUGGESTED_UNITS_VARIABLE = "catalogueUnits";

  public static final String SUGGESTED_LEAD_VARIABLE = "catalogueLead";

  private final DecisionService decisions;

  ResponsibilityCatalogue(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Routing route(
      String matterType,
      String category,
      boolean lawRelated,
      String region,
      Collection<String> involvedUnits) {
    Map<String, Object> input = input(matterType, category, lawRelated, region);
    return routing(
        decisions.evaluateDecisionByKey(DECISION).variables(input).evaluate(), involvedUnits);
  }

  /** The catalogue's inputs for a case, as {@link #route} gives them to the decision. */
  public static Map<String, Object> input(
      String matterType, String category, boolean lawRelated, String region) {
    return Variables.createVariables()
        .putValue("matterType", matterType)
        .putValue("category", category)
        .putValue("lawRelated", lawRelated)
        .putValue("region", region);
  }

  /**
   * The routing the catalogue's hits give (in rule order; the first hit naming a lead leads), with
   * the units the registrar named as involved; the district government when nothing applies.
   */
  public static Routing routing(
      Iterable<? extends Map<String, Object>> hits, Collection<String> involvedUnits) {
    Set<String> units = new LinkedHashSet<>();
    String lead = null;
    for (Map<String, Object> hit : hits) {
      String unit = (String) hit.get("unit");
      units.add(unit);
      if (lead == null && Boolean.TRUE.equals(hit.get("lead"))) {
        lead = unit;
      }
    }
    units.addAll(involvedUnits);
    if (units.isEmpty()) {
      units.add(FALLBACK_UNIT);
    }
    List<String> ordered = new ArrayList<>(units);
    return new Routing(ordered, lead != null ? lead : ordered.get(0));
  }
}
