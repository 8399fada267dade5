package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The compiled engine the platform uses for rule cells ({@link DecisionRuleTests}) and the full
 * FEEL engine agree on every cell of every decision table in {@code processes/}, for the values the
 * cells name, values beside them and null; and the compiled engine reads every cell (else the
 * speed-up would not apply).
 */
class DecisionRuleTestsTest {

  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  private final FeelEngine compiled = new FeelEngineFactoryImpl().createInstance();
  private final FeelEngine full = new ScalaFeelEngineFactory().createInstance();
  private final FeelEngine platform = new DecisionRuleTests.Factory().createInstance();

  @Test
  void theCompiledEngineReadsEveryCellAndAgreesWithFullFeel() {
    List<String> disagreements = new ArrayList<>();
    int cells = 0;
    int checks = 0;
    File[] tables = new File("processes").listFiles((dir, name) -> name.endsWith(".dmn"));
    assertThat(tables).isNotEmpty();
    for (File file : tables) {
      DmnModelInstance model = Dmn.readModelFromFile(file);
      for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
        List<Input> inputs = new ArrayList<>(table.getInputs());
        for (int column = 0; column < inputs.size(); column++) {
          String type = inputs.get(column).getInputExpression().getTypeRef();
          List<String> entries = new ArrayList<>();
          for (Rule rule : table.getRules()) {
            InputEntry entry = new ArrayList<>(rule.getInputEntries()).get(column);
            String text = entry.getTextContent().strip();
            if (!text.isEmpty() && !text.equals("-")) {
              entries.add(text);
            }
          }
          Set<Object> values = samples(type, entries);
          for (String entry : entries) {
            cells++;
            for (Object value : values) {
              checks++;
              var variables =
                  Variables.createVariables().putValue("cellInput", value).asVariableContext();
              boolean byFull = full.evaluateSimpleUnaryTests(entry, "cellInput", variables);
              boolean byCompiled;
              try {
                byCompiled = compiled.evaluateSimpleUnaryTests(entry, "cellInput", variables);
              } catch (RuntimeException e) {
                disagreements.add(
                    file.getName() + ": " + entry + " not read by the compiled engine");
                continue;
              }
              if (byFull != byCompiled
                  || byFull != platform.evaluateSimpleUnaryTests(entry, "cellInput", variables)) {
                disagreements.add(
                    file.getName()
                        + ": "
                        + entry
                        + " with "
                        + value
                        + " full "
                        + byFull
                        + ", compiled "
                        + byCompiled);
              }
            }
          }
        }
      }
    }
    System.out.printf("decision rule cells %d, checks %d%n", cells, checks);
    assertThat(cells).isGreaterThan(30);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void inputsAndOutputsReadDirectlyAreWhatFullFeelGives() {
    List<String> disagreements = new ArrayList<>();
    int expressions = 0;
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".dmn"))) {
      DmnModelInstance model = Dmn.readModelFromFile(file);
      for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
        for (Input input : table.getInputs()) {
          String expression = input.getInputExpression().getText().getTextContent().strip();
          String type = input.getInputExpression().getTypeRef();
          List<Object> values = new ArrayList<>(samples(type, List.of("\"x\"", "3")));
          values.add(7);
          for (Object value : values) {
            expressions++;
            var variables =
                Variables.createVariables().putValue(expression, value).asVariableContext();
            Object byFull = full.evaluateSimpleExpression(expression, variables);
            Object byPlatform = platform.evaluateSimpleExpression(expression, variables);
            if (!java.util.Objects.equals(byFull, byPlatform)) {
              disagreements.add(
                  expression + " = " + value + ": full " + byFull + " platform " + byPlatform);
            }
          }
        }
        for (var output :
            model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.OutputEntry.class)) {
          String expression = output.getTextContent().strip();
          if (expression.isEmpty()) {
            continue;
          }
          expressions++;
          var none = Variables.createVariables().asVariableContext();
          Object byFull = full.evaluateSimpleExpression(expression, none);
          Object byPlatform = platform.evaluateSimpleExpression(expression, none);
          if (!java.util.Objects.equals(byFull, byPlatform)) {
            disagreements.add(expression + ": full " + byFull + " platform " + byPlatform);
          }
        }
      }
    }
    System.out.printf("decision inputs and outputs checked %d%n", expressions);
    assertThat(expressions).isGreaterThan(50);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void whatTheCompiledEngineCannotReadGoesToFullFeel() {
    var variables = Variables.createVariables().putValue("cellInput", "abc").asVariableContext();
    assertThat(platform.evaluateSimpleUnaryTests("starts with(?, \"a\")", "cellInput", variables))
        .isTrue();
  }

  /** The values a column's cells name, values beside them, and null. */
  private static Set<Object> samples(String type, List<String> entries) {
    Set<Object> values = new LinkedHashSet<>();
    values.add(null);
    switch (type == null ? "string" : type) {
      case "boolean" -> {
        values.add(true);
        values.add(false);
      }
      case "integer", "long", "double" -> {
        for (String entry : entries) {
          Matcher m = NUMBER.matcher(entry);
          while (m.find()) {
            long n = Long.parseLong(m.group());
            for (long v = n - 1; v <= n + 1; v++) {
              values.add(type.equals("integer") ? (Object) (int) v : (Object) v);
            }
          }
        }
        values.add(type.equals("integer") ? (Object) 0 : (Object) 0L);
      }
      default -> {
        for (String entry : entries) {
          Matcher m = STRING.matcher(entry);
          while (m.find()) {
            values.add(m.group(1));
          }
        }
        values.add("something else");
        values.add("");
      }
    }
    return values;
  }
}
