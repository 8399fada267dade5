package cn.xinfang.platform.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields of one Camunda Form: the ones an official may write (a {@code key}, not {@code
 * readonly} or {@code disabled}) and the ones the form only shows. A form is the one place that
 * says what its task may write.
 */
public record FormFields(Set<String> editable, Set<String> readOnly) {

  /** A task or start event without a Camunda Form lets nobody write anything. */
  public static final FormFields NONE = new FormFields(Set.of(), Set.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  public FormFields {
    editable = Set.copyOf(editable);
    readOnly = Set.copyOf(readOnly);
  }

  public static FormFields parse(byte[] form) {
    try {
      Set<String> editable = new LinkedHashSet<>();
      Set<String> readOnly = new LinkedHashSet<>();
      collect(JSON.readTree(form).path("components"), editable, readOnly);
      return new FormFields(editable, readOnly);
    } catch (IOException e) {
      throw new IllegalStateException("表单不是有效的 JSON", e);
    }
  }

  private static void collect(JsonNode components, Set<String> editable, Set<String> readOnly) {
    for (JsonNode component : components) {
      // a group or list with a path submits its children under that path, as one value
      String key = component.hasNonNull("key") ? component.get("key").asText() : null;
      if (key == null && component.hasNonNull("path") && component.has("components")) {
        key = component.get("path").asText();
      } else if (component.has("components")) {
        collect(component.get("components"), editable, readOnly);
      }
      if (key == null || key.isBlank()) {
        continue;
      }
      boolean shownOnly =
          component.path("readonly").asBoolean(false)
              || component.path("disabled").asBoolean(false);
      (shownOnly ? readOnly : editable).add(key);
    }
  }
}
