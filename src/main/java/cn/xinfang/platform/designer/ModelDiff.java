package cn.xinfang.platform.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What changed in a model against its previous version, in a line a manager reads: for BPMN and
 * DMN, the elements (by id, with their names) added, removed and changed, and whether only the
 * diagram's layout moved; for forms, the fields (by key) added, removed and changed.
 */
final class ModelDiff {

  /** The diagram's layout: not a change of behaviour. */
  private static final Set<String> LAYOUT =
      Set.of(
          "http://www.omg.org/spec/BPMN/20100524/DI",
          "http://www.omg.org/spec/DD/20100524/DC",
          "http://www.omg.org/spec/DD/20100524/DI",
          "https://www.omg.org/spec/DMN/20191111/DMNDI/",
          "http://www.omg.org/spec/DMN/20180521/DMNDI/",
          "http://www.omg.org/spec/DMN/20180521/DI/",
          "http://www.omg.org/spec/DMN/20180521/DC/");

  private ModelDiff() {}

  /** The summary for one file; {@code before} null when the file is new. */
  static String summary(String name, byte[] before, byte[] after) {
    if (before == null) {
      return name + "：新增";
    }
    if (Arrays.equals(before, after)) {
      return name + "：未改变";
    }
    try {
      Map<String, Part> old = name.endsWith(".form") ? formParts(before) : xmlParts(before);
      Map<String, Part> now = name.endsWith(".form") ? formParts(after) : xmlParts(after);
      List<String> added = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      List<String> changed = new ArrayList<>();
      boolean layout = false;
      for (Map.Entry<String, Part> e : now.entrySet()) {
        Part was = old.get(e.getKey());
        if (was == null) {
          if (!e.getValue().layout()) {
            added.add(e.getValue().label());
          }
        } else if (!was.content().equals(e.getValue().content())) {
          if (e.getValue().layout()) {
            layout = true;
          } else {
            changed.add(e.getValue().label());
          }
        }
      }
      for (Map.Entry<String, Part> e : old.entrySet()) {
        if (!now.containsKey(e.getKey()) && !e.getValue().layout()) {
          removed.add(e.getValue().label());
        }
      }
      List<String> parts = new ArrayList<>();
      list(parts, "新增", added);
      list(parts, "删除", removed);
      list(parts, "修改", changed);
      if (parts.isEmpty()) {
        parts.add(layout ? "仅调整图形布局" : "仅格式变化");
      } else if (layout) {
        parts.add("并调整了图形布局");
      }
      return name + "：" + String.join("；", parts);
    } catch (Exception unreadable) {
      return name + "：已修改（无法逐项比较）";
    }
  }

  private static void list(List<String> parts, String what, List<String> labels) {
    if (labels.isEmpty()) {
      return;
    }
    List<String> shown = labels.size() > 8 ? labels.subList(0, 8) : labels;
    parts.add(
        what
            + " "
            + labels.size()
            + " 项（"
            + String.join("、", shown)
            + (labels.size() > shown.size() ? " 等" : "")
            + "）");
  }

  private record Part(String label, String content, boolean layout) {}

  /** Each element with an id: its own attributes and text, not its children with ids. */
  private static Map<String, Part> xmlParts(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    Map<String, Part> parts = new LinkedHashMap<>();
    collect(root, parts);
    return parts;
  }

  private static void collect(Element element, Map<String, Part> parts) {
    String id = element.getAttribute("id");
    if (!id.isEmpty()) {
      String name = element.getAttribute("name");
      String label = id + (name.isEmpty() ? "" : " " + name.replaceAll("\\s+", " "));
      parts.put(id, new Part(label, own(element), LAYOUT.contains(element.getNamespaceURI())));
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        collect(child, parts);
      }
    }
  }

  /** The element's attributes and its content, leaving out children that have ids of their own. */
  private static String own(Element element) {
    StringBuilder out = new StringBuilder(element.getLocalName());
    NamedNodeMap attributes = element.getAttributes();
    Map<String, String> sorted = new TreeMap<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      sorted.put(a.getNodeName(), a.getNodeValue());
    }
    out.append(sorted);
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element e) {
        if (e.getAttribute("id").isEmpty()) {
          out.append('<').append(own(e)).append('>');
        }
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String text = child.getNodeValue().strip();
        if (!text.isEmpty()) {
          out.append(text);
        }
      }
    }
    return out.toString();
  }

  /** A form's fields by key (or id), each with its JSON. */
  private static Map<String, Part> formParts(byte[] json) throws IOException {
    Map<String, Part> parts = new LinkedHashMap<>();
    collectForm(new ObjectMapper().readTree(json), parts);
    return parts;
  }

  private static void collectForm(JsonNode node, Map<String, Part> parts) {
    JsonNode components = node.get("components");
    if (components == null || !components.isArray()) {
      return;
    }
    for (JsonNode c : components) {
      String key = c.hasNonNull("key") ? c.get("key").asText() : c.path("id").asText();
      String label = key + (c.hasNonNull("label") ? " " + c.get("label").asText() : "");
      JsonNode own = c.deepCopy();
      if (own instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
        o.remove("components");
        o.remove("layout");
      }
      parts.put(key, new Part(label, Objects.toString(own), false));
      collectForm(c, parts);
    }
  }
}
