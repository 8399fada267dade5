package cn.xinfang.platform.system;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.springframework.stereotype.Component;

/**
 * How the decision tables' rule cells (simple unary tests: {@code "wages"}, {@code
 * "NOISE","POLLUTION"}, {@code >= 2}, {@code true}) are evaluated: by Camunda's compiled and cached
 * FEEL-to-JUEL engine, and only what it cannot read by the full FEEL engine. Everything else (input
 * and output expressions) stays with the full FEEL engine, as Camunda 7 configures it.
 *
 * <p>Why: the full FEEL engine of Camunda 7.24 builds its table of built-in functions again for
 * every cell it tests; the benchmark measured two thirds of the intake's CPU there (the catalogue
 * alone has 70 cells). Both engines are Camunda's own; {@code DecisionRuleTestsTest} checks that
 * they agree on every cell of every table in {@code processes/}.
 */
@Component
class DecisionRuleTests extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn =
          (DefaultDmnEngineConfiguration)
              DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    }
    dmn.setFeelEngineFactory(new Factory());
    configuration.setDmnEngineConfiguration(dmn);
  }

  /** Rule cells by the compiled engine where it can, everything else by the full FEEL engine. */
  static final class Factory implements FeelEngineFactory {

    private final FeelEngineFactory compiled = new FeelEngineFactoryImpl();
    private final FeelEngineFactory full = new ScalaFeelEngineFactory();

    @Override
    public FeelEngine createInstance() {
      return new Engine(compiled.createInstance(), full.createInstance());
    }
  }

  record Engine(FeelEngine compiled, FeelEngine full) implements FeelEngine {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TEXT = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Set<String> WORDS = Set.of("true", "false", "null", "not", "and", "or");

    /**
     * An input expression that only names a variable, and an output that is only a text or a
     * boolean, are read directly (with FEEL's result: an integral number as a Long); anything else
     * goes to the full FEEL engine.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      String e = expression.strip();
      if (e.equals("true") || e.equals("false")) {
        return (T) Boolean.valueOf(e);
      }
      Matcher text = TEXT.matcher(e);
      if (text.matches()) {
        return (T) text.group(1);
      }
      if (NAME.matcher(e).matches() && !WORDS.contains(e) && variables.containsVariable(e)) {
        Object value = variables.resolve(e).getValue();
        if (value == null || value instanceof String || value instanceof Boolean) {
          return (T) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
          return (T) Long.valueOf(((Number) value).longValue());
        }
      }
      return full.evaluateSimpleExpression(expression, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(
        String expression, String inputVariable, VariableContext variables) {
      try {
        return compiled.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      } catch (FeelException beyondTheCompiledEngine) {
        return full.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      }
    }
  }
}
