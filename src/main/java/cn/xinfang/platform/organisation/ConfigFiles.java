package cn.xinfang.platform.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the YAML files under {@code config/} into typed records. */
final class ConfigFiles {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private ConfigFiles() {}

  static <T> T read(Path file, Class<T> type) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      return MAPPER.convertValue(tree, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "无法读取配置文件 " + file.toAbsolutePath() + "：" + e.getMessage(), e);
    }
  }
}
