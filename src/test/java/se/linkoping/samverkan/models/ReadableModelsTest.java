package se.linkoping.samverkan.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Models a process owner can own (issue 11): a name people read in Modeler, Tasklist and Cockpit is Swedish text,
 * at most with a plain variable ({@code Besluta om ärende: ${matterTitle}}) — never code, which a rename in
 * Modeler would silently break — and every step the application carries out says in Swedish what it does.
 */
class ReadableModelsTest {

    /** An expression in a name: only a plain variable is allowed in it. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}|#\\{([^}]*)}");
    private static final Pattern PLAIN_VARIABLE = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void namesAreTextWithAtMostAPlainVariable(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> code = new ArrayList<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            String name = element.getName();
            if (name == null) {
                continue;
            }
            Matcher expression = EXPRESSION.matcher(name);
            while (expression.find()) {
                String inside = expression.group(1) != null ? expression.group(1) : expression.group(2);
                if (!PLAIN_VARIABLE.matcher(inside.strip()).matches()) {
                    code.add(element.getId() + ": " + name);
                }
            }
        }
        assertThat(code).as("names with code in %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyStepTheApplicationCarriesOutSaysWhatItDoes(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<BaseElement> steps = new ArrayList<>();
        steps.addAll(model.getModelElementsByType(ServiceTask.class));
        steps.addAll(model.getModelElementsByType(SendTask.class));
        steps.addAll(model.getModelElementsByType(BusinessRuleTask.class));
        List<String> undocumented = steps.stream()
                .filter(step -> step.getDocumentations().stream().map(Documentation::getTextContent)
                        .noneMatch(text -> text != null && text.strip().length() >= 20))
                .map(BaseElement::getId).toList();
        assertThat(undocumented).as("steps without a Swedish description in %s", file).isEmpty();
    }
}
