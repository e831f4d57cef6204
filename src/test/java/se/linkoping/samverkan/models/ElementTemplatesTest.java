package se.linkoping.samverkan.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.matter.NewMatter;
import se.linkoping.samverkan.matter.RaiseMatterDelegate;
import se.linkoping.samverkan.notification.NotifyGroupDelegate;
import se.linkoping.samverkan.notification.TaskMails;
import se.linkoping.samverkan.support.ProcessTests;

/**
 * The element templates of .camunda/element-templates/ do what they say: a service task made as
 * Modeler makes it from a template (its delegate expression and input parameters, filled in as a
 * process owner would) runs the application's delegate with those values. Their schema is checked by
 * .ci/check-element-templates.js.
 */
class ElementTemplatesTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engine();

    private final Matters matters = mock(Matters.class);
    private final TaskMails mails = mock(TaskMails.class);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void beans() {
        ProcessTests.bindAssertions(engine);
        ObjectProvider<TaskMails> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(mails);
        Mocks.register("raiseMatter", new RaiseMatterDelegate(matters));
        Mocks.register("notifyGroup", new NotifyGroupDelegate(provider));
    }

    @AfterEach
    void cleanUp() {
        ProcessEngine processEngine = engine.getProcessEngine();
        processEngine.getRepositoryService().createDeploymentQuery().list()
                .forEach(d -> processEngine.getRepositoryService().deleteDeployment(d.getId(), true));
        ProcessTests.cleanUp(engine);
    }

    @Test
    void raiseMatterRaisesTheMatterTheProcessOwnerFilledIn() throws Exception {
        when(matters.raise(any(), any(), any(), any(), any(), any())).thenReturn(12L);

        Map<String, Object> variables = run("se.linkoping.samverkan.RaiseMatter", Map.of(
                "matterTitle", "Oro efter ${eventName}", "matterDescription", "Utvärderingen visar stök.",
                "matterDistrict", "innerstaden"), Map.of("eventName", "Skyltsöndag"));

        verify(matters).raise(eq(new NewMatter("Oro efter Skyltsöndag", "Utvärderingen visar stök.",
                "coordination-group", "innerstaden", null, false)), eq(MatterOrigin.BODY), isNull(), isNull(), any(),
                any());
        assertThat(variables).containsEntry("raisedMatterId", 12L);
    }

    @Test
    void notifyGroupMailsTheGroupAndRefusesAnUnknownOne() throws Exception {
        run("se.linkoping.samverkan.NotifyGroup", Map.of("recipientGroup", "urban-planning",
                "mailSubject", "Inför Skyltsöndag", "mailText", "Planeringsmöte på tisdag."), Map.of());
        verify(mails).message("urban-planning", "Inför Skyltsöndag", "Planeringsmöte på tisdag.");

        assertThatThrownBy(() -> run("se.linkoping.samverkan.NotifyGroup", Map.of("recipientGroup", "alla"), Map.of()))
                .hasMessageContaining("recipientGroup names no group");
    }

    @Test
    void notifyGroupOffersEveryTasklistGroupAndRoleByItsSwedishName() throws Exception {
        JsonNode choices = null;
        for (JsonNode property : template("se.linkoping.samverkan.NotifyGroup").get("properties")) {
            if ("recipientGroup".equals(property.get("binding").path("name").asText())) {
                choices = property.get("choices");
            }
        }
        assertThat(choices).isNotNull();
        Map<String, String> offered = new java.util.LinkedHashMap<>();
        choices.forEach(choice -> offered.put(choice.get("value").asText(), choice.get("name").asText()));
        assertThat(offered.keySet()).containsExactlyElementsOf(OrganisationGroup.inTasklist().stream()
                .map(OrganisationGroup::id).toList());
        OrganisationGroup.inTasklist().forEach(group -> assertThat(offered.get(group.id())).as(group.id())
                .isEqualTo(group.isRole() ? group.shortName() + " (roll)" : group.shortName()));
    }

    /**
     * Builds a process with one service task as Modeler builds it from the template, the values given
     * over the template's defaults, and runs it.
     *
     * @return the ended instance's variables
     */
    private Map<String, Object> run(String templateId, Map<String, String> values, Map<String, Object> start)
            throws Exception {
        JsonNode template = template(templateId);
        BpmnModelInstance model = Bpmn.createExecutableProcess("template-" + templateId.hashCode())
                .camundaHistoryTimeToLive(1).startEvent().serviceTask("Task_FromTemplate").endEvent().done();
        ServiceTask task = model.getModelElementById("Task_FromTemplate");
        CamundaInputOutput io = model.newInstance(CamundaInputOutput.class);
        for (JsonNode property : template.get("properties")) {
            JsonNode binding = property.get("binding");
            if ("camunda:delegateExpression".equals(binding.get("name").asText())) {
                task.setCamundaDelegateExpression(property.get("value").asText());
            } else if ("camunda:inputParameter".equals(binding.get("type").asText())) {
                String name = binding.get("name").asText();
                String value = values.containsKey(name) ? values.get(name)
                        : property.has("value") ? property.get("value").asText() : null;
                if (value != null) {
                    CamundaInputParameter parameter = model.newInstance(CamundaInputParameter.class);
                    parameter.setCamundaName(name);
                    parameter.setTextContent(value);
                    io.addChildElement(parameter);
                }
            }
        }
        task.builder().addExtensionElement(io);
        ProcessEngine processEngine = engine.getProcessEngine();
        processEngine.getRepositoryService().createDeployment().addModelInstance("template.bpmn", model).deploy();
        String id = processEngine.getRuntimeService()
                .startProcessInstanceByKey("template-" + templateId.hashCode(), start).getId();
        Map<String, Object> variables = new java.util.HashMap<>();
        processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).list()
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        return variables;
    }

    private static JsonNode template(String templateId) throws Exception {
        JsonNode template = null;
        for (JsonNode candidate : new ObjectMapper().readTree(Files.readString(
                Path.of(".camunda/element-templates/samverkan.json")))) {
            if (candidate.get("id").asText().equals(templateId)) {
                template = candidate;
            }
        }
        assertThat(template).as(templateId).isNotNull();
        return template;
    }
}
