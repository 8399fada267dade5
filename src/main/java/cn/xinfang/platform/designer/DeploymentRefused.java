package cn.xinfang.platform.designer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment the checks refused, as the engine's own model errors are reported: {@code
 * /engine-rest} answers 400 with {@code details} per file (message, line, element), which Modeler
 * shows beside the element, and nothing of the deployment is kept.
 */
public class DeploymentRefused extends ParseException {

  private final List<Finding> findings;

  DeploymentRefused(List<Finding> findings, Map<String, byte[]> resources) {
    super(
        "模型检查未通过，未部署：" + findings.stream().map(Finding::toString).collect(Collectors.joining("；")),
        findings.get(0).resource(),
        List.of(),
        List.of());
    this.findings = List.copyOf(findings);
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    for (Finding finding : findings) {
      byResource
          .computeIfAbsent(finding.resource(), r -> new ArrayList<>())
          .add(problem(finding, resources.get(finding.resource())));
    }
    resorceReports = new ArrayList<>();
    byResource.forEach(
        (resource, problems) ->
            resorceReports.add(new ResourceReportImpl(resource, problems, List.of())));
  }

  public List<Finding> findings() {
    return findings;
  }

  private static Problem problem(Finding finding, byte[] resource) {
    int line = lineOf(finding.elementId(), resource);
    return new Problem() {
      @Override
      public String getMessage() {
        return finding.message();
      }

      @Override
      public int getLine() {
        return line;
      }

      @Override
      public int getColumn() {
        return 0;
      }

      @Override
      public String getMainElementId() {
        return finding.elementId();
      }

      @Override
      public List<String> getElementIds() {
        return finding.elementId() == null ? List.of() : List.of(finding.elementId());
      }
    };
  }

  /** The line of the element's id="…" in the file, or 0. */
  private static int lineOf(String elementId, byte[] resource) {
    if (elementId == null || resource == null) {
      return 0;
    }
    String text = new String(resource, StandardCharsets.UTF_8);
    int at = text.indexOf("id=\"" + elementId + "\"");
    return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
