package cn.xinfang.platform.accounts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the roster: YAML ({@code officials:}, one mapping per person) or CSV as Excel exports it
 * (UTF-8, with or without a BOM; headers in Chinese or English). A file that cannot be read as a
 * whole is refused as a whole, so a broken file never disables everyone.
 */
final class RosterFile {

  /** The file could not be read; nothing of it may be applied. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** CSV headers, Chinese or English, and the field each one fills. */
  private static final Map<String, String> HEADERS =
      Map.ofEntries(
          Map.entry("账号", "account"),
          Map.entry("account", "account"),
          Map.entry("姓名", "name"),
          Map.entry("name", "name"),
          Map.entry("单位", "unit"),
          Map.entry("单位编码", "unit"),
          Map.entry("unit", "unit"),
          Map.entry("角色", "roles"),
          Map.entry("roles", "roles"),
          Map.entry("role", "roles"),
          Map.entry("邮箱", "mail"),
          Map.entry("mail", "mail"),
          Map.entry("手机", "mobile"),
          Map.entry("mobile", "mobile"),
          Map.entry("登录方式", "signIn"),
          Map.entry("signin", "signIn"));

  private RosterFile() {}

  static List<RosterRow> read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return name.endsWith(".csv") ? csv(text) : yaml(text);
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("无法读取人员名单 " + file.toAbsolutePath() + "：" + e.getMessage(), e);
    }
  }

  private static List<RosterRow> yaml(String text) {
    Node root =
        new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(text));
    List<RosterRow> rows = new ArrayList<>();
    if (root == null) {
      return rows;
    }
    if (!(root instanceof MappingNode top)) {
      throw new IllegalArgumentException("名单应以 officials: 开头");
    }
    for (NodeTuple entry : top.getValue()) {
      if (!"officials".equals(scalar(entry.getKeyNode()))) {
        throw new IllegalArgumentException("名单只能包含 officials");
      }
      if (!(entry.getValueNode() instanceof SequenceNode people)) {
        throw new IllegalArgumentException("officials 应为人员列表");
      }
      for (Node person : people.getValue()) {
        int line = person.getStartMark().getLine() + 1;
        Map<String, Object> fields = new HashMap<>();
        if (person instanceof MappingNode mapping) {
          for (NodeTuple field : mapping.getValue()) {
            Node value = field.getValueNode();
            fields.put(
                scalar(field.getKeyNode()),
                value instanceof SequenceNode list
                    ? list.getValue().stream().map(RosterFile::scalar).toList()
                    : scalar(value));
          }
        }
        rows.add(row(line, fields));
      }
    }
    return rows;
  }

  private static List<RosterRow> csv(String text) throws IOException {
    List<RosterRow> rows = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(text);
        CSVParser parser =
            CSVFormat.EXCEL
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(reader)) {
      Map<String, String> columns = new HashMap<>();
      for (String header : parser.getHeaderNames()) {
        String field = HEADERS.get(header.strip().toLowerCase(Locale.ROOT));
        if (field == null) {
          throw new IllegalArgumentException("未知的列：" + header + "（应为 账号、姓名、单位、角色、邮箱、手机、登录方式）");
        }
        columns.put(header, field);
      }
      for (CSVRecord record : parser) {
        Map<String, Object> fields = new HashMap<>();
        columns.forEach(
            (header, field) -> {
              String value = record.isSet(header) ? record.get(header) : null;
              fields.put(
                  field,
                  field.equals("roles") && value != null
                      ? Arrays.stream(value.split("[、,，;；|]"))
                          .map(String::strip)
                          .filter(s -> !s.isEmpty())
                          .toList()
                      : value);
            });
        // the header is line 1; a quoted line break inside a field is still one row
        rows.add(row((int) record.getRecordNumber() + 1, fields));
      }
    }
    return rows;
  }

  private static RosterRow row(int line, Map<String, Object> fields) {
    Object roles = fields.get("roles");
    return new RosterRow(
        line,
        text(fields.get("account")),
        text(fields.get("name")),
        text(fields.get("unit")),
        roles instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : roles == null ? List.of() : List.of(String.valueOf(roles)),
        text(fields.get("mail")),
        text(fields.get("mobile")),
        text(fields.get("signIn")));
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = String.valueOf(value).strip();
    return s.isEmpty() ? null : s;
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }
}
