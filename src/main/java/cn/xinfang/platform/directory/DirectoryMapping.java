package cn.xinfang.platform.directory;

import cn.xinfang.platform.organisation.OrganisationGroups;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which people of the government directory are in which of the platform's groups ({@code
 * config/directory.yaml}): each group of the organisation (a unit's {@code <code>}, {@code
 * <code>-leaders}, a role such as {@code registrars}, and {@code camunda-admin}) is either an
 * organisational unit of the directory (everyone under it) or a directory group (its members). DNs
 * are relative to the base DN.
 */
public record DirectoryMapping(Map<String, Entry> groups) {

  /** Where the platform group's members are in the directory: under an OU, or in a group. */
  public record Entry(String groupId, Kind kind, LdapName dn) {}

  public enum Kind {
    OU,
    GROUP
  }

  /** Reads and checks the file; any problem is said in Chinese, naming the line's group. */
  public static DirectoryMapping read(
      Path file, String baseDn, Map<String, OrganisationGroups.Group> known) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("找不到目录映射文件 " + file + "（PLATFORM_DIRECTORY_MAPPING）");
    }
    Object root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("目录映射文件 " + file + " 无法读取：不是有效的 YAML");
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("groups") instanceof Map<?, ?> lines)) {
      throw new IllegalStateException("目录映射文件 " + file + " 应以 groups: 开头，每行一个平台组");
    }
    LdapName base = name(baseDn, "基准 DN（LDAP_BASE_DN）");
    Map<String, Entry> groups = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    lines.forEach(
        (key, value) -> {
          String groupId = String.valueOf(key);
          if (!known.containsKey(groupId)) {
            problems.add("平台组 " + groupId + " 不在组织机构中");
            return;
          }
          if (!(value instanceof Map<?, ?> where)
              || where.size() != 1
              || !(where.containsKey("ou") || where.containsKey("group"))) {
            problems.add("平台组 " + groupId + " 应写作 { ou: \"…\" } 或 { group: \"…\" }");
            return;
          }
          Kind kind = where.containsKey("ou") ? Kind.OU : Kind.GROUP;
          Object relative = where.get(kind == Kind.OU ? "ou" : "group");
          try {
            LdapName dn = (LdapName) base.clone();
            dn.addAll(new LdapName(String.valueOf(relative)));
            groups.put(groupId, new Entry(groupId, kind, dn));
          } catch (InvalidNameException | RuntimeException e) {
            problems.add("平台组 " + groupId + " 的 DN 格式不正确：" + relative);
          }
        });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("目录映射文件 " + file + " 有误：" + String.join("；", problems));
    }
    return new DirectoryMapping(groups);
  }

  static LdapName name(String dn, String what) {
    try {
      return new LdapName(dn == null ? "" : dn);
    } catch (InvalidNameException e) {
      throw new IllegalStateException(what + " 格式不正确：" + dn);
    }
  }
}
