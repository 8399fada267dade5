package cn.xinfang.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.organisation.OrganisationGroups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/directory.yaml read as an operator writes it, and its mistakes said in Chinese. */
class DirectoryMappingTest {

  static final Map<String, OrganisationGroups.Group> KNOWN =
      Map.of(
          "police", new OrganisationGroups.Group("police", "公安分局", "unit"),
          "registrars", new OrganisationGroups.Group("registrars", "登记人员", "role"));

  @TempDir Path dir;

  @Test
  void unitsByOuAndRolesByGroupUnderTheBaseDn() throws Exception {
    DirectoryMapping mapping =
        DirectoryMapping.read(
            file(
                "groups:\n"
                    + "  police: { ou: \"ou=公安分局,ou=people\" }\n"
                    + "  registrars: { group: \"cn=登记员,ou=groups\" }\n"),
            "dc=gov,dc=example",
            KNOWN);

    assertThat(mapping.groups().get("police").kind()).isEqualTo(DirectoryMapping.Kind.OU);
    assertThat(mapping.groups().get("police").dn().toString())
        .isEqualTo("ou=公安分局,ou=people,dc=gov,dc=example");
    assertThat(mapping.groups().get("registrars").dn().toString())
        .isEqualTo("cn=登记员,ou=groups,dc=gov,dc=example");
  }

  @Test
  void mistakesAreNamedByGroupAndNothingStarts() throws Exception {
    Path bad =
        file(
            "groups:\n"
                + "  polise: { ou: \"ou=x\" }\n"
                + "  police: { dn: \"ou=x\" }\n"
                + "  registrars: { group: \"cn=登记员,,,\" }\n");

    assertThatThrownBy(() -> DirectoryMapping.read(bad, "dc=gov,dc=example", KNOWN))
        .hasMessageContaining("平台组 polise 不在组织机构中")
        .hasMessageContaining("平台组 police 应写作 { ou: \"…\" } 或 { group: \"…\" }")
        .hasMessageContaining("平台组 registrars 的 DN 格式不正确");
    assertThatThrownBy(
            () -> DirectoryMapping.read(dir.resolve("none.yaml"), "dc=gov,dc=example", KNOWN))
        .hasMessageContaining("找不到目录映射文件");
  }

  private Path file(String yaml) throws Exception {
    Path file = dir.resolve("directory.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
