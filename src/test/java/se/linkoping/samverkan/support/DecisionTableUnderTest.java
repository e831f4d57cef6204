package se.linkoping.samverkan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * One decision table of {@code bpmn/}, read and evaluated by the plain Camunda DMN engine (no process
 * engine, no Spring), the way a business rule task will evaluate it. Each evaluation also says which
 * rules matched (from the engine's evaluation event), and the file can be asked what Modeler and the
 * auditors see: rule ids, the reason given for each rule, the history time-to-live, the contract.
 */
public final class DecisionTableUnderTest {

    private static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    private final String key;
    private final DmnModelInstance model;
    private final DmnEngine engine;
    private final DmnDecision decision;
    private DmnDecisionTableEvaluationEvent lastEvaluation;

    private DecisionTableUnderTest(String key) {
        this.key = key;
        // Surefire runs with the project root as working directory.
        this.model = Dmn.readModelFromFile(Path.of("bpmn", key + ".dmn").toFile());
        DmnDecisionTableEvaluationListener recordMatches = event -> lastEvaluation = event;
        this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(recordMatches))
                .buildEngine();
        this.decision = engine.parseDecision(key, model);
    }

    /** The decision {@code key} of the file {@code bpmn/<key>.dmn}. */
    public static DecisionTableUnderTest load(String key) {
        return new DecisionTableUnderTest(key);
    }

    /** Evaluates the table; {@code variables} may hold nulls (an unknown value). */
    public synchronized Evaluation evaluate(Map<String, Object> variables) {
        lastEvaluation = null;
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, new HashMap<>(variables));
        List<String> matched = lastEvaluation.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
        return new Evaluation(result, matched);
    }

    /** What one evaluation gave. */
    public record Evaluation(DmnDecisionTableResult result, List<String> matchedRuleIds) {

        /** The outputs of the single result by name, or an empty map when no rule matched. */
        public Map<String, Object> output() {
            DmnDecisionRuleResult single = result.getSingleResult();
            return single == null ? Map.of() : single.getEntryMap();
        }
    }

    /** The rules that a set of inputs hits, each input evaluated on its own. */
    public Set<String> rulesHitBy(Stream<Map<String, Object>> inputs) {
        return inputs.flatMap(variables -> evaluate(variables).matchedRuleIds().stream()).collect(Collectors.toSet());
    }

    /** One case of a rule-by-rule test: the inputs of an evaluation and the rule they must hit (no earlier one). */
    public interface RuleCase {

        String rule();

        Map<String, Object> variables();
    }

    /** Input variables by name, {@code inputs("category", "vald-hot", "trend", null)}; null is an unknown value. */
    public static Map<String, Object> inputs(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    /** Evaluates a case and asserts that its rule matched, and no other; returns the outputs, to be checked. */
    public Map<String, Object> outputOf(RuleCase c) {
        Evaluation evaluation = evaluate(c.variables());

        assertThat(evaluation.matchedRuleIds()).containsExactly(c.rule());
        return evaluation.output();
    }

    /** Asserts that the cases name each rule once, in the table's order. */
    public void assertOneCasePerRuleInOrder(Stream<? extends RuleCase> cases) {
        assertThat(cases.map(RuleCase::rule)).containsExactlyElementsOf(ruleIds());
    }

    /** Asserts that the cases, together, hit every rule of the table. */
    public void assertEveryRuleIsHitBy(Stream<? extends RuleCase> cases) {
        assertThat(rulesHitBy(cases.map(RuleCase::variables))).containsExactlyInAnyOrderElementsOf(ruleIds());
    }

    /** The ids of the table's rules, top down. */
    public List<String> ruleIds() {
        return table().getRules().stream().map(Rule::getId).toList();
    }

    public String name() {
        return decisionElement().getName();
    }

    public HitPolicy hitPolicy() {
        return table().getHitPolicy();
    }

    /** {@code camunda:historyTimeToLive} of the decision, as written. */
    public String historyTimeToLive() {
        return decisionElement().getCamundaHistoryTimeToLiveString();
    }

    /** Input variable name to its type, in column order, e.g. {@code category -> string}. */
    public Map<String, String> inputTypes() {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Input input : table().getInputs()) {
            inputs.put(input.getInputExpression().getText().getTextContent().trim(),
                    input.getInputExpression().getTypeRef());
        }
        return inputs;
    }

    /** Output name to its type, in column order. */
    public Map<String, String> outputTypes() {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Output output : table().getOutputs()) {
            outputs.put(output.getName(), output.getTypeRef());
        }
        return outputs;
    }

    /** The labels of all inputs and outputs, in column order; null where one has none. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        table().getInputs().forEach(input -> labels.add(input.getLabel()));
        table().getOutputs().forEach(output -> labels.add(output.getLabel()));
        return labels;
    }

    /**
     * The names of the table's annotation columns ({@code <annotation name="…"/>}). The DMN model API of
     * Camunda 7 has no type for DMN 1.3 rule annotations, so they are read from the XML.
     */
    public List<String> annotationColumns() {
        return children(table().getDomElement(), "annotation").stream()
                .map(column -> column.getAttribute("name"))
                .toList();
    }

    /** Rule id to the text of its (first) annotation entry, "" when it has none. */
    public Map<String, String> annotations() {
        Map<String, String> annotations = new LinkedHashMap<>();
        for (Rule rule : table().getRules()) {
            String text = children(rule.getDomElement(), "annotationEntry").stream()
                    .flatMap(entry -> children(entry, "text").stream())
                    .map(DomElement::getTextContent)
                    .findFirst().orElse("");
            annotations.put(rule.getId(), text.trim());
        }
        return annotations;
    }

    /**
     * Rule id to its {@code <description>}: what Camunda Modeler shows (and edits) in its
     * "Annotations" column, "" when it has none.
     */
    public Map<String, String> descriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Rule rule : table().getRules()) {
            descriptions.put(rule.getId(),
                    rule.getDescription() == null ? "" : rule.getDescription().getTextContent().trim());
        }
        return descriptions;
    }

    private Decision decisionElement() {
        return model.getModelElementById(key);
    }

    private DecisionTable table() {
        return (DecisionTable) decisionElement().getExpression();
    }

    private static List<DomElement> children(DomElement parent, String localName) {
        List<DomElement> children = parent.getChildElementsByNameNs(DMN_13, localName);
        return children == null ? Collections.emptyList() : children;
    }
}
