package cn.xinfang.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped organisation file holds the unit codes the design promises, and is checked. */
class OrganisationFileTest {

  final Organisation organisation =
      OrganisationValidator.validated(
          ConfigFiles.read(Path.of("config/organisation.yaml"), Organisation.class));

  @Test
  void theDistrictUnitsOfTheDesignAreThereWithTheirParents() {
    assertThat(organisation.units())
        .extracting(Organisation.Unit::code)
        .contains(
            "petition-bureau",
            "police",
            "court",
            "procuratorate",
            "justice",
            "political-legal",
            "discipline",
            "natural-resources",
            "human-resources",
            "housing",
            "market-regulation",
            "district-government",
            "township-1",
            "township-2",
            "village-1-1",
            "village-1-2",
            "village-2-1",
            "village-2-2",
            "city-petition-bureau",
            "region-petition-bureau");
    assertThat(organisation.unit("village-2-1"))
        .hasValueSatisfying(v -> assertThat(v.parent()).isEqualTo("township-2"));
    assertThat(organisation.unit("district-government"))
        .hasValueSatisfying(d -> assertThat(d.parent()).isEqualTo("city-government"));
    assertThat(organisation.levels())
        .extracting(Organisation.Level::code)
        .containsExactly("region", "city", "district", "township", "village");
  }

  @Test
  void reviewGoesToTheBodyOneLevelUpAndReexaminationToTheOneAboveIt() {
    Map<String, String> above =
        Map.of(
            "housing", "city-housing",
            "police", "city-police",
            "political-legal", "city-political-legal",
            "petition-bureau", "city-petition-bureau",
            "district-government", "city-government",
            "township-1", "district-government",
            "village-1-1", "township-1",
            "city-housing", "region-government",
            "city-petition-bureau", "region-petition-bureau",
            "city-government", "region-government");
    above.forEach(
        (unit, body) ->
            assertThat(organisation.reviewBody(unit).map(Organisation.Unit::code))
                .as(unit)
                .hasValue(body));
    assertThat(organisation.reviewBody("region-government")).isEmpty();
    assertThat(organisation.reviewBody("no-such-unit")).isEmpty();
  }

  @Test
  void aDistrictUnitIsLiftedToItsCityCounterpartAndOnlyThere() {
    assertThat(organisation.liftTarget("police").map(Organisation.Unit::code))
        .hasValue("city-police");
    assertThat(organisation.liftTarget("court").map(Organisation.Unit::name)).hasValue("市中级人民法院");
    for (String unit :
        List.of(
            "procuratorate",
            "justice",
            "discipline",
            "natural-resources",
            "human-resources",
            "housing",
            "market-regulation")) {
      assertThat(organisation.liftTarget(unit))
          .as(unit)
          .hasValueSatisfying(
              city -> {
                assertThat(city.code()).isEqualTo("city-" + unit);
                assertThat(city.level()).isEqualTo("city");
                assertThat(city.parent()).isEqualTo("city-government");
              });
    }
    assertThat(organisation.liftTarget("township-1")).isEmpty();
    assertThat(organisation.liftTarget("village-1-1")).isEmpty();
    assertThat(organisation.liftTarget("district-government")).isEmpty();
    assertThat(organisation.liftTarget("city-police")).isEmpty();
    assertThat(organisation.liftTarget("no-such-unit")).isEmpty();
  }

  @Test
  void aUnitWithAnUnknownParentOrADuplicateCodeIsRefused() {
    List<Organisation.Unit> units = new ArrayList<>(organisation.units());
    units.add(new Organisation.Unit("court", "重复的法院", "district", "district-government"));
    units.add(new Organisation.Unit("village-9-9", "无主村", "village", "township-9"));
    Organisation broken =
        new Organisation(
            organisation.levels(), units, organisation.unitGroups(), organisation.roles());

    assertThatThrownBy(() -> OrganisationValidator.validated(broken))
        .hasMessageContaining("单位编码重复：court")
        .hasMessageContaining("village-9-9 的上级单位不存在：township-9");
  }

  @Test
  void anUnknownPermissionBundleIsRefused() {
    assertThatThrownBy(() -> PermissionBundle.fromConfig("read-everything"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PermissionBundle.fromConfig("read-definitions"))
        .isEqualTo(PermissionBundle.READ_DEFINITIONS);
  }
}
