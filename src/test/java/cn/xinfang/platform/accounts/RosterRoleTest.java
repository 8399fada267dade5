package cn.xinfang.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The export right comes from the roster too: the roster sets a listed official's groups, so a
 * right given only in 系统管理 would be taken away at the next sync.
 */
class RosterRoleTest {

  @Test
  void theRosterGivesTheRightToExportPersonalDataInEnglishOrChinese() {
    assertThat(RosterRole.of("personal-data-export").orElseThrow().groups("police"))
        .containsExactly("personal-data-export");
    assertThat(RosterRole.of("个人信息导出")).contains(RosterRole.PERSONAL_DATA_EXPORT);
  }
}
