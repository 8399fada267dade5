package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram reads cleanly in Modeler and Cockpit: no name is drawn over another name, a shape
 * or a line, and every named event, gateway and flow carries its own label position (without one,
 * bpmn-js puts the name under the element, where the timers on one task pile their names up).
 *
 * <p>Labels are taken as bpmn-js draws them: the text (11px, a Chinese character 11px wide, at most
 * 90px a line) centred on the label's bounds and starting at their top; a sub-process's title
 * (12px) at the top of its frame.
 */
class DiagramLayoutTest {

  static Stream<String> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.map(Path::toString).filter(f -> f.endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void noNameIsDrawnOverAnotherNameAShapeOrALine(String file) {
    assertThat(layoutFindings(Bpmn.readModelFromFile(new File(file)))).as(file).isEmpty();
  }

  @Test
  void theCheckSeesTimerNamesPiledUnderTheirTask() {
    BpmnModelInstance petition = Bpmn.readModelFromFile(new File("processes/petition.bpmn"));
    for (String timer :
        List.of("Timer_ForwardReminder", "Timer_ForwardLate", "Timer_ForwardOverdue")) {
      // where Modeler puts a boundary event's name by default: right under the event
      BpmnShape shape = shapeOf(petition, timer);
      Bounds event = shape.getBounds();
      Bounds label = shape.getBpmnLabel().getBounds();
      label.setX(event.getX() + event.getWidth() / 2 - label.getWidth() / 2);
      label.setY(event.getY() + event.getHeight() + 4);
    }

    assertThat(layoutFindings(petition))
        .contains("期限过半 (Timer_ForwardReminder) 压住 期限将届满 (Timer_ForwardLate)");
  }

  @Test
  void theCheckSeesANameWithoutItsOwnPlace() {
    BpmnModelInstance petition = Bpmn.readModelFromFile(new File("processes/petition.bpmn"));
    BpmnShape timer = shapeOf(petition, "Timer_ForwardLate");
    timer.removeChildElement(timer.getBpmnLabel());

    assertThat(layoutFindings(petition)).contains("期限将届满 (Timer_ForwardLate) 没有标签位置（BPMNLabel）");
  }

  @Test
  void theCheckSeesANameOnALine() {
    BpmnModelInstance petition = Bpmn.readModelFromFile(new File("processes/petition.bpmn"));
    // the acceptance decision's name where it used to be: under the gateway, on the line below it
    Bounds label = shapeOf(petition, "Gateway_AcceptanceDecision").getBpmnLabel().getBounds();
    label.setX(557.0);
    label.setY(229.0);

    assertThat(layoutFindings(petition))
        .contains("受理决定 (Gateway_AcceptanceDecision) 压住 连线 Flow_Accusation");
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, String elementId) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null && elementId.equals(s.getBpmnElement().getId()))
        .findFirst()
        .orElseThrow();
  }

  /** What a reader of the diagram would stumble on, one line each; empty when it reads cleanly. */
  static List<String> layoutFindings(BpmnModelInstance model) {
    List<Text> texts = new ArrayList<>();
    List<Box> shapes = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    List<String> findings = new ArrayList<>();

    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      Box box = Box.of(shape.getBounds());
      boolean frame = element instanceof SubProcess && Boolean.TRUE.equals(shape.isExpanded());
      shapes.add(new Box(element.getId(), box.x, box.y, box.w, box.h, frame));
      String name = nameOf(element);
      if (name == null) {
        continue;
      }
      if (frame) {
        double width = Math.min(textWidth(name, 12), box.w - 10);
        texts.add(
            new Text(element.getId(), name, box.centreX() - width / 2, box.y + 5, width, 15, true));
      } else if (hasExternalLabel(element)) {
        addLabel(texts, findings, element, name, shape.getBpmnLabel());
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      BaseElement element = edge.getBpmnElement();
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      for (int i = 0; i + 1 < points.size(); i++) {
        lines.add(new Line(element.getId(), points.get(i), points.get(i + 1)));
      }
      String name = nameOf(element);
      if (name != null) {
        addLabel(texts, findings, element, name, edge.getBpmnLabel());
      }
    }

    for (int i = 0; i < texts.size(); i++) {
      Text text = texts.get(i);
      for (Text other : texts.subList(i + 1, texts.size())) {
        if (text.box.overlaps(other.box)) {
          findings.add(text + " 压住 " + other);
        }
      }
      for (Box shape : shapes) {
        boolean ownFrame = text.title && shape.id.equals(text.id);
        boolean crosses =
            shape.frame
                ? text.box.overlaps(shape) && !shape.contains(text.box)
                : text.box.overlaps(shape);
        if (!ownFrame && crosses) {
          findings.add(text + " 压住 图形 " + shape.id);
        }
      }
      lines.stream()
          .filter(line -> !line.id.equals(text.id) && line.crosses(text.box))
          .map(line -> line.id)
          .distinct()
          .forEach(line -> findings.add(text + " 压住 连线 " + line));
    }
    return findings;
  }

  private static void addLabel(
      List<Text> texts, List<String> findings, BaseElement element, String name, BpmnLabel label) {
    if (label == null || label.getBounds() == null) {
      findings.add(name + " (" + element.getId() + ") 没有标签位置（BPMNLabel）");
      return;
    }
    Box bounds = Box.of(label.getBounds());
    double text = textWidth(name, 11);
    double width = Math.max(bounds.w, Math.min(text, 90));
    double height = Math.max(bounds.h, Math.ceil(text / 90) * 13.2);
    texts.add(
        new Text(
            element.getId(), name, bounds.centreX() - width / 2, bounds.y, width, height, false));
  }

  private static boolean hasExternalLabel(BaseElement element) {
    return element instanceof Event || element instanceof Gateway;
  }

  private static String nameOf(BaseElement element) {
    String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
    return name == null || name.isBlank() ? null : name;
  }

  /**
   * Width of a name as bpmn-js lays it out: full-width (Chinese) characters one em, others ~0.6.
   */
  private static double textWidth(String text, double fontSize) {
    return text.codePoints()
        .mapToDouble(
            c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || (c >= 0x3000 && c <= 0x303F)
                        || (c >= 0xFF00 && c <= 0xFFEF)
                    ? fontSize
                    : fontSize * 0.6)
        .sum();
  }

  private record Box(String id, double x, double y, double w, double h, boolean frame) {
    static Box of(Bounds b) {
      return new Box(null, b.getX(), b.getY(), b.getWidth(), b.getHeight(), false);
    }

    double centreX() {
      return x + w / 2;
    }

    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean contains(Box o) {
      return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }

    boolean containsPoint(double px, double py) {
      return px > x && px < x + w && py > y && py < y + h;
    }
  }

  private record Text(String id, String name, Box box, boolean title) {
    Text(String id, String name, double x, double y, double w, double h, boolean title) {
      this(id, name, new Box(id, x, y, w, h, false), title);
    }

    @Override
    public String toString() {
      return name + " (" + id + ")";
    }
  }

  private record Line(String id, double x1, double y1, double x2, double y2) {
    Line(String id, Waypoint from, Waypoint to) {
      this(id, from.getX(), from.getY(), to.getX(), to.getY());
    }

    /** Whether the segment passes through the inside of the box (touching its edge is fine). */
    boolean crosses(Box box) {
      int steps = (int) Math.max(1, Math.hypot(x2 - x1, y2 - y1));
      for (int i = 0; i <= steps; i++) {
        double t = (double) i / steps;
        if (box.containsPoint(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)) {
          return true;
        }
      }
      return false;
    }
  }
}
