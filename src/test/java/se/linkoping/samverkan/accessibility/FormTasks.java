package se.linkoping.samverkan.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.DemoLogins;

/**
 * A task for every form of {@code bpmn/}'s user tasks, open in Tasklist for a user of the task's candidate group.
 * The real processes cannot be started at a task ({@code access.StartAtTheStart} refuses any start but the start
 * event, also in Java), so each form gets a process of its own, deployed by the test: one user task with the real
 * task's name, form ({@code camunda:formRef}, latest) and candidate group, which that group reads as it reads its
 * own processes, holding what the form shows ({@link #shownValues}). Where the candidate group is an expression, the
 * group the demo's processes give it is named here.
 */
final class FormTasks {

    /** One task: its form, who opens it, and how Tasklist finds it. */
    record FormTask(String form, String name, String group, String user, String taskId) {
    }

    /** The groups that expressions resolve to in the demo (event participants, responsible units, conveners). */
    private static final Map<String, String> GROUP_OF_EXPRESSION = Map.of(
            "event-planning", "culture-leisure",
            "intervention-carry-out", "social-care",
            "intervention-follow-up", "coordination-group",
            "matter-waiting", "coordination-group-convener");

    /** The demo users of the roles (a role has no {@code demo-<role>} user: one named person holds it). */
    private static final Map<String, String> ROLE_HOLDERS = Map.of(
            "ks-chair", DemoLogins.POLITICIAN,
            "police-area-chief", DemoLogins.POLICE_AREA_CHIEF,
            "coordination-group-convener", DemoLogins.DEPARTMENT_HEAD,
            "steering-group-convener", DemoLogins.DIRECTOR);

    private static final String KEY_PREFIX = "a11y-form-";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final List<String> authorizations = new ArrayList<>();
    private Deployment deployment;

    FormTasks(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
              AuthorizationService authorizationService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    /** The user tasks of {@code bpmn/} by form, the first task of each form: its name and candidate group. */
    static Map<String, String[]> userTaskForms() throws IOException {
        Map<String, String[]> forms = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String form = task.getAttributeValueNs(CAMUNDA, "formRef");
                    if (form != null && !forms.containsKey(form)) {
                        String groups = task.getCamundaCandidateGroups();
                        String group = GROUP_OF_EXPRESSION.getOrDefault(form, groups.split(",")[0].trim());
                        forms.put(form, new String[] {task.getName(), group});
                    }
                }
            }
        }
        return forms;
    }

    /** The start forms of {@code bpmn/}'s processes (each opened in the start dialog by the script). */
    static List<String> startForms() throws IOException {
        List<String> forms = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (StartEvent start : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(StartEvent.class)) {
                    String form = start.getAttributeValueNs(CAMUNDA, "formRef");
                    if (form != null && !forms.contains(form)) {
                        forms.add(form);
                    }
                }
            }
        }
        return forms;
    }

    /** Deploys a process per form, lets each group read its own, and starts one task of each. */
    List<FormTask> start() throws IOException {
        Map<String, String[]> forms = userTaskForms();
        DeploymentBuilder builder = repositoryService.createDeployment().name("a11y-form-tasks");
        forms.forEach((form, task) -> builder.addModelInstance(KEY_PREFIX + form + ".bpmn",
                Bpmn.createExecutableProcess(KEY_PREFIX + form).name("Tillgänglighetsprov: " + form)
                        .startEvent().userTask("Task_" + form.replace('-', '_'))
                        .name(task[0].replaceAll("\\$\\{[^}]*}", "Berga"))
                        .camundaCandidateGroups(task[1])
                        .camundaFormRef(form).camundaFormRefBinding("latest")
                        .endEvent().done()));
        deployment = builder.deploy();

        List<FormTask> tasks = new ArrayList<>();
        forms.forEach((form, task) -> {
            String key = KEY_PREFIX + form;
            Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(task[1]);
            read.setResource(Resources.PROCESS_DEFINITION);
            read.setResourceId(key);
            read.addPermission(Permissions.READ);
            authorizations.add(authorizationService.saveAuthorization(read).getId());

            Map<String, Object> variables = new LinkedHashMap<>(shownValues(form));
            // the one choice worked out when a form is opened (estweeklycycle.MergeChoices), as it offers it
            variables.put("mergeOptions", SpinValues.jsonValue("[{\"label\":\"Berga – Skadegörelse och klotter\","
                    + "\"value\":\"2\"},{\"label\":\"Ryd – Ordningsstörning\",\"value\":\"3\"}]").create());
            String instance = runtimeService.startProcessInstanceByKey(key, variables).getId();
            String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
            tasks.add(new FormTask(form, taskService.createTaskQuery().taskId(taskId).singleResult().getName(),
                    task[1], ROLE_HOLDERS.getOrDefault(task[1], "demo-" + task[1]), taskId));
        });
        return tasks;
    }

    /**
     * What the process shows in the form, so that it reads as in a real task: a text for each {@code {{ value }}} of
     * its texts and labels, and for each field it only shows (disabled) a text, or a select's first option.
     */
    static Map<String, Object> shownValues(String form) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            JsonNode schema = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
            List<JsonNode> components = new ArrayList<>();
            collect(schema.path("components"), components);
            for (JsonNode component : components) {
                for (String text : List.of("text", "label", "description")) {
                    Matcher shown = TEMPLATE.matcher(component.path(text).asText(""));
                    while (shown.find()) {
                        values.putIfAbsent(shown.group(1), "Berga – Våld eller hot om våld");
                    }
                }
                String key = component.path("key").asText("");
                if (!key.isEmpty() && component.path("disabled").asBoolean(false)) {
                    switch (component.path("type").asText()) {
                        case "select", "radio" -> values.put(key, component.path("values").path(0).path("value").asText());
                        case "textfield", "textarea" -> values.put(key, "Uppgifter som processen visar i formuläret, "
                                + "till exempel det som beslutats tidigare.");
                        default -> { }
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return values;
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
        }
    }

    /** Removes the processes, their tasks and the grants. */
    void remove() {
        authorizations.forEach(authorizationService::deleteAuthorization);
        authorizations.clear();
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment.getId(), true, true);
            deployment = null;
        }
    }
}
