package cn.xinfang.platform.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the dispatch catalogue (processes/responsibility-catalogue.dmn), one row each. */
class ResponsibilityCatalogueRulesTest {

  static DmnDecision catalogue;
  static final DmnEngine DMN =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream in = new FileInputStream("processes/responsibility-catalogue.dmn")) {
      catalogue = DMN.parseDecision(ResponsibilityCatalogue.DECISION, in);
    }
  }

  @ParameterizedTest(name = "{0} {1} 涉法={2} {3} → {4}，牵头 {5}")
  @CsvSource(
      delimiter = ';',
      value = {
        // Rule_Accusation: discipline inspection leads every accusation, before any other lead
        "other;              ACCUSATION; false; village-1-1; discipline;                       discipline",
        "police-conduct;     ACCUSATION; false; village-1-1; discipline police;                discipline",
        "court-case;         ACCUSATION; true;  village-1-1; discipline political-legal court; discipline",
        // Rule_LawRelated: the political-legal committee receives and leads, the unit concerned
        // assists
        "other;              CLAIM;      true;  village-1-1; political-legal;                  political-legal",
        "court-case;         CLAIM;      true;  village-1-1; political-legal court;            political-legal",
        "procuratorate-case; CLAIM;      true;  village-1-1; political-legal procuratorate;    political-legal",
        "police-conduct;     CLAIM;      true;  village-1-1; political-legal police;           political-legal",
        "legal-aid;          SUGGESTION; true;  village-1-1; political-legal justice;          political-legal",
        // Rule_01 to Rule_12: by matter type and region
        "land;               CLAIM;      false; village-1-1; natural-resources township-1; natural-resources",
        "land;               CLAIM;      false; township-1;  natural-resources township-1; natural-resources",
        "land;               CLAIM;      false; village-2-2; natural-resources township-2; natural-resources",
        "land;               SUGGESTION; false; district-government; natural-resources;    natural-resources",
        "wages;              CLAIM;      false; village-1-1; human-resources;   human-resources",
        "social-security;    CLAIM;      false; village-1-1; human-resources;   human-resources",
        "housing;            CLAIM;      false; village-1-1; housing;           housing",
        "police-conduct;     CLAIM;      false; village-1-1; police;            police",
        "court-case;         CLAIM;      false; village-1-1; court;             court",
        "procuratorate-case; CLAIM;      false; village-1-1; procuratorate;     procuratorate",
        "legal-aid;          CLAIM;      false; village-1-1; justice;           justice",
        "market;             CLAIM;      false; village-1-1; market-regulation; market-regulation",
        "environment;        SUGGESTION; false; village-1-1; district-government; district-government",
        // no rule: the platform hands it to the district government
        "other;              CLAIM;      false; village-1-1; '';                ''",
      })
  void theCatalogueNamesTheUnitsAndTheLead(
      String matterType,
      String category,
      boolean lawRelated,
      String region,
      String units,
      String lead) {
    DmnDecisionResult result =
        DMN.evaluateDecision(
            catalogue,
            Variables.createVariables()
                .putValue("matterType", matterType)
                .putValue("category", category)
                .putValue("lawRelated", lawRelated)
                .putValue("region", region));

    List<String> expected = units.isBlank() ? List.of() : Arrays.asList(units.trim().split("\\s+"));
    assertThat(result.collectEntries("unit")).containsExactlyElementsOf(expected);
    Object firstLead =
        result.getResultList().stream()
            .filter(hit -> Boolean.TRUE.equals(hit.get("lead")))
            .map(hit -> hit.get("unit"))
            .findFirst()
            .orElse("");
    assertThat(firstLead).isEqualTo(lead.trim());
  }

  @Test
  void theFirstRuleNamingALeadWins() {
    assertThat(table().getHitPolicyHandler().getHitPolicyEntry().getHitPolicy())
        .isEqualTo(HitPolicy.RULE_ORDER);
  }

  @Test
  void everyRuleIsCoveredAbove() {
    assertThat(table().getRules())
        .extracting(DmnDecisionTableRuleImpl::getId)
        .containsExactly(
            "Rule_Accusation",
            "Rule_LawRelated",
            "Rule_01",
            "Rule_02",
            "Rule_03",
            "Rule_04",
            "Rule_05",
            "Rule_06",
            "Rule_07",
            "Rule_08",
            "Rule_09",
            "Rule_10",
            "Rule_11",
            "Rule_12");
  }

  private static DmnDecisionTableImpl table() {
    return (DmnDecisionTableImpl) catalogue.getDecisionLogic();
  }
}
