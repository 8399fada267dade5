package cn.xinfang.platform.system;

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

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
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
