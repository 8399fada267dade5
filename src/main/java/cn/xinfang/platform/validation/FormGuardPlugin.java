package cn.xinfang.platform.validation;

import cn.xinfang.platform.system.OnEveryUserTask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the form guard into the engine: {@link FormFieldGuard} before every command, and {@link
 * ClearFormFieldsOnEntry} on every user task of every deployed process, designers' ones included.
 */
@Component
class FormGuardPlugin extends AbstractProcessEnginePlugin {

  /** A user task's extension property naming the editable fields that keep their value. */
  static final String KEPT_FIELDS = "keptFields";

  private final DeployedForms forms = new DeployedForms();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors =
        new ArrayList<>(orEmpty(configuration.getCustomPostCommandInterceptorsTxRequired()));
    interceptors.add(new FormFieldGuard(forms));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    OnEveryUserTask.onCreate(
        configuration, userTask -> new ClearFormFieldsOnEntry(forms, kept(userTask)));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Set<String> kept(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    Element properties =
        extensions == null
            ? null
            : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return Set.of();
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(p -> KEPT_FIELDS.equals(p.attribute("name")))
        .flatMap(p -> Arrays.stream(p.attribute("value", "").split(",")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
