package se.linkoping.samverkan.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BPMN, DMN and form files in {@code bpmn/} and {@code forms/} pass the static checks of
 * {@link ModelChecker} (Modeler can draw them, the engine deploys them, Tasklist can show their forms);
 * and, on small fixtures, the checker reports each kind of problem it is meant to catch.
 */
class ModelFilesTest {

    @Test
    void projectModelsHaveNoProblems() throws IOException {
        // Surefire runs with the project root as working directory.
        List<String> problems = ModelChecker.check(Path.of("bpmn"), Path.of("forms"));

        assertThat(problems)
                .withFailMessage(() -> problems.size() + " problem(s) in bpmn/ and forms/:\n  "
                        + String.join("\n  ", problems))
                .isEmpty();
    }

    /** Each fixture is the valid model below with one thing broken. */
    @Nested
    class CheckerReports {

        @TempDir
        Path project;

        @Test
        void nothingForAValidModel() throws IOException {
            assertThat(problemsOf(VALID)).isEmpty();
        }

        @Test
        void nothingForAFormRefThatIsAnExpression() throws IOException {
            String bpmn = VALID_BPMN.replace("camunda:formRef=\"review\"", "camunda:formRef=\"${reviewForm}\"");

            assertThat(problemsOf(validWith("bpmn/report.bpmn", bpmn))).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("se.linkoping.samverkan.models.ModelFilesTest#brokenModels")
        void eachBrokenModel(String broken, Map<String, String> files, List<String> expectedProblems)
                throws IOException {
            assertThat(problemsOf(files)).containsExactlyInAnyOrderElementsOf(expectedProblems);
        }

        @Test
        void xmlThatIsNotWellFormed() throws IOException {
            String bpmn = VALID_BPMN.replace("</bpmn:process>", "");

            assertThat(problemsOf(validWith("bpmn/report.bpmn", bpmn)))
                    .singleElement().asString().startsWith("bpmn/report.bpmn: not valid XML: ");
        }

        @Test
        void xmlWithADoctypeIsRefusedNotRead() throws IOException {
            String bpmn = VALID_BPMN.replace("<bpmn:definitions",
                    "<!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions");

            assertThat(problemsOf(validWith("bpmn/report.bpmn", bpmn)))
                    .singleElement().asString()
                    .startsWith("bpmn/report.bpmn: not valid XML: ")
                    .contains("DOCTYPE");
        }

        @Test
        void aFormThatIsNotJson() throws IOException {
            assertThat(problemsOf(validWith("forms/draft.form", "{\"id\": \"draft\",}")))
                    .singleElement().asString().startsWith("forms/draft.form: not valid JSON: ");
        }

        /** Writes the files into a fresh project folder and checks it; problems name files relative to it. */
        private List<String> problemsOf(Map<String, String> files) throws IOException {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = project.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return ModelChecker.check(project.resolve("bpmn"), project.resolve("forms")).stream()
                    .map(problem -> problem.replace(project + File.separator, ""))
                    .toList();
        }
    }

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                broken("a BPMN file without diagram interchange",
                        validWith("bpmn/report.bpmn",
                                VALID_BPMN.replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "")),
                        "bpmn/report.bpmn: no diagram interchange (BPMNDiagram): Modeler would show an empty canvas"),
                broken("a flow element without a shape",
                        validWith("bpmn/report.bpmn",
                                VALID_BPMN.replace("bpmnElement=\"Review\"", "bpmnElement=\"Elsewhere\"")),
                        "bpmn/report.bpmn: userTask 'Review' has no shape or edge in the diagram"),
                broken("an executable process without history time-to-live",
                        validWith("bpmn/report.bpmn",
                                VALID_BPMN.replace(" camunda:historyTimeToLive=\"P180D\"", "")),
                        "bpmn/report.bpmn: process 'report' has no camunda:historyTimeToLive"),
                broken("a user task without candidate group and without form",
                        validWith("bpmn/report.bpmn", VALID_BPMN.replace(
                                " camunda:candidateGroups=\"coordinators\" camunda:formRef=\"review\"", "")),
                        "bpmn/report.bpmn: user task 'Review the report' has no candidate group or assignee",
                        "bpmn/report.bpmn: user task 'Review the report' has no form (camunda:formRef)"),
                broken("a user task naming a form that does not exist",
                        validWith("bpmn/report.bpmn",
                                VALID_BPMN.replace("camunda:formRef=\"review\"", "camunda:formRef=\"reveiw\"")),
                        "bpmn/report.bpmn: user task 'Review the report' names form 'reveiw', "
                                + "which no file in forms/ defines"),
                broken("a start event naming a form that does not exist",
                        validWith("bpmn/report.bpmn",
                                VALID_BPMN.replace("camunda:formRef=\"report\"", "camunda:formRef=\"raport\"")),
                        "bpmn/report.bpmn: start event 'Report received' names form 'raport', "
                                + "which no file in forms/ defines"),
                broken("a timer without a definition",
                        validWith("bpmn/report.bpmn",
                                VALID_BPMN.replace("<bpmn:timeDuration>P1D</bpmn:timeDuration>", "")),
                        "bpmn/report.bpmn: timer 'Wait_timer' has no timeCycle, timeDate or timeDuration"),
                broken("a nested form field without a label",
                        validWith("forms/report.form",
                                VALID_REPORT_FORM.replace("\"label\": \"Description\"", "\"label\": \"\"")),
                        "forms/report.form: field 'description' has no label"),
                broken("a form without an id",
                        validWith("forms/review.form", VALID_REVIEW_FORM.replace("\"id\": \"review\",", "")),
                        "forms/review.form: form has no id",
                        "bpmn/report.bpmn: user task 'Review the report' names form 'review', "
                                + "which no file in forms/ defines"),
                broken("two forms with the same id",
                        validWith("forms/review-copy.form", VALID_REVIEW_FORM),
                        "forms/review.form: form id 'review' is also defined by forms/review-copy.form"),
                broken("a decision without history time-to-live",
                        validWith("bpmn/priority.dmn",
                                VALID_DMN.replace(" camunda:historyTimeToLive=\"P180D\"", "")),
                        "bpmn/priority.dmn: decision 'priority' has no camunda:historyTimeToLive"),
                broken("no BPMN file at all",
                        without("bpmn/report.bpmn"),
                        "bpmn: no .bpmn file"));
    }

    private static Arguments broken(String what, Map<String, String> files, String... expectedProblems) {
        return Arguments.of(what, files, List.of(expectedProblems));
    }

    private static Map<String, String> validWith(String path, String content) {
        Map<String, String> files = new LinkedHashMap<>(VALID);
        files.put(path, content);
        return files;
    }

    private static Map<String, String> without(String path) {
        Map<String, String> files = new LinkedHashMap<>(VALID);
        files.remove(path);
        return files;
    }

    private static final String VALID_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="Definitions_report" targetNamespace="http://example.org/fixture">
              <bpmn:process id="report" isExecutable="true" camunda:historyTimeToLive="P180D">
                <bpmn:startEvent id="Start" name="Report received" camunda:formRef="report" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Review" />
                <bpmn:userTask id="Review" name="Review the report" camunda:candidateGroups="coordinators" camunda:formRef="review" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Review" targetRef="Wait" />
                <bpmn:intermediateCatchEvent id="Wait" name="One day">
                  <bpmn:timerEventDefinition id="Wait_timer">
                    <bpmn:timeDuration>P1D</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="Flow_3" sourceRef="Wait" targetRef="End" />
                <bpmn:endEvent id="End" name="Report handled" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_report">
                <bpmndi:BPMNPlane id="Plane_report" bpmnElement="report">
                  <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Review_di" bpmnElement="Review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Wait_di" bpmnElement="Wait"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="460" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="396" y="118" /><di:waypoint x="460" y="118" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    private static final String VALID_DMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                id="Definitions_priority" name="Priority" namespace="http://example.org/fixture">
              <decision id="priority" name="Priority" camunda:historyTimeToLive="P180D">
                <decisionTable id="Table_priority">
                  <input id="Input_1"><inputExpression id="Expression_1" typeRef="string"><text>category</text></inputExpression></input>
                  <output id="Output_1" name="priority" typeRef="string" />
                  <rule id="Rule_1">
                    <inputEntry id="Entry_1"><text>-</text></inputEntry>
                    <outputEntry id="Entry_2"><text>"normal"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    /** Text needs no label; the nested field does. */
    private static final String VALID_REPORT_FORM = """
            {
              "id": "report",
              "type": "default",
              "schemaVersion": 16,
              "components": [
                { "type": "text", "text": "# New report" },
                { "type": "textfield", "key": "title", "label": "Title" },
                { "type": "group", "label": "Details", "components": [
                  { "type": "textarea", "key": "description", "label": "Description" }
                ] },
                { "type": "button", "key": "submit", "action": "submit" }
              ]
            }
            """;

    private static final String VALID_REVIEW_FORM = """
            {
              "id": "review",
              "type": "default",
              "schemaVersion": 16,
              "components": [
                { "type": "checkbox", "key": "accepted", "label": "Accepted" }
              ]
            }
            """;

    private static final Map<String, String> VALID = Map.of(
            "bpmn/report.bpmn", VALID_BPMN,
            "bpmn/priority.dmn", VALID_DMN,
            "forms/report.form", VALID_REPORT_FORM,
            "forms/review.form", VALID_REVIEW_FORM);
}
