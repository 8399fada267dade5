package cn.xinfang.platform.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The flow nodes of a BPMN file that its diagram (BPMNDI) draws: tasks, events, gateways,
 * sub-processes and call activities, each with a shape.
 */
record BpmnFlowNodes(String processId, Set<String> ids) {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";

  static Set<BpmnFlowNodes> in(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      Set<BpmnFlowNodes> all = new HashSet<>();
      files.filter(f -> f.toString().endsWith(".bpmn")).forEach(f -> all.add(of(f)));
      return all;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static BpmnFlowNodes of(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document bpmn = factory.newDocumentBuilder().parse(file.toFile());
      Set<String> flowNodes = new HashSet<>();
      NodeList elements = bpmn.getElementsByTagNameNS(BPMN, "*");
      for (int i = 0; i < elements.getLength(); i++) {
        Element element = (Element) elements.item(i);
        if (isFlowNode(element.getLocalName())) {
          flowNodes.add(element.getAttribute("id"));
        }
      }
      Set<String> drawn = new TreeSet<>();
      NodeList shapes = bpmn.getElementsByTagNameNS(BPMNDI, "BPMNShape");
      for (int i = 0; i < shapes.getLength(); i++) {
        String id = ((Element) shapes.item(i)).getAttribute("bpmnElement");
        if (flowNodes.contains(id)) {
          drawn.add(id);
        }
      }
      Element process = (Element) bpmn.getElementsByTagNameNS(BPMN, "process").item(0);
      return new BpmnFlowNodes(process.getAttribute("id"), drawn);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static boolean isFlowNode(String name) {
    return name.endsWith("Task")
        || name.equals("task")
        || name.endsWith("Event")
        || name.endsWith("Gateway")
        || name.equals("subProcess")
        || name.equals("transaction")
        || name.equals("callActivity");
  }
}
