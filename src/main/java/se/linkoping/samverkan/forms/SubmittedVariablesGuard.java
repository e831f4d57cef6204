package se.linkoping.samverkan.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;
import se.linkoping.samverkan.system.EngineCommands;
import se.linkoping.samverkan.system.EngineRestRequests;
import se.linkoping.samverkan.system.OutermostCommandGuard;
import se.linkoping.samverkan.system.Swedish;

/**
 * Forms and the engine's REST API take only the variables a form declares. Whatever a caller sends through
 * Camunda's REST API (Tasklist, {@code /engine-rest}) to start a process ({@code submit-form}, {@code start}),
 * to complete a task ({@code submit-form}, {@code complete}, {@code resolve}), to set variables on a task or a
 * process, or with a message or signal, is checked: before the engine does anything, every name must be a field
 * of the form in question ({@link DeclaredForms}) and every value of a kind a form sends; once the process's own
 * step has checked the values with its own reasons, and before anything is written, every text must pass
 * {@link SubmittedValues}. A text the form only shows (a disabled field the process fills) may come back as the
 * process holds it, and an administrator may correct, on the variables endpoints, a variable the process set
 * itself. Otherwise the request is refused with the Swedish reasons, and nothing is stored. Samverkan's own code,
 * jobs and timers are not checked here: what they set is the process's.
 */
class SubmittedVariablesGuard extends OutermostCommandGuard {

    /** What a command submits: to what (in Swedish), the fields allowed, the variables, a business key. */
    record Submission(String to, DeclaredFields declared, Map<String, ?> variables, String businessKey,
                      boolean existingMayBeCorrected, String scopeId) {
    }

    private final EngineRestRequests rest;

    SubmittedVariablesGuard(EngineRestRequests rest) {
        this.rest = rest;
    }

    @Override
    protected Runnable check(Command<?> command, CommandContext context) {
        if (!rest.now()) {
            return null;
        }
        Submission submission = context.runWithoutAuthorization(() -> submission(command, context));
        if (submission == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (submission.businessKey() != null && PersonalIdentityNumbers.containsOne(submission.businessKey())) {
            reasons.add("Affärsnyckeln innehåller något som ser ut som ett personnummer eller samordningsnummer: ta "
                    + "bort det.");
        }
        TreeSet<String> undeclared = new TreeSet<>();
        Map<String, Object> toRead = new LinkedHashMap<>();
        for (Map.Entry<String, ?> variable : submission.variables().entrySet()) {
            String name = variable.getKey();
            boolean declared = !submission.declared().known() || submission.declared().declares(name)
                    || submission.existingMayBeCorrected() && isAdministrator(context)
                    && context.runWithoutAuthorization(() -> DeclaredForms.hasVariable(context, submission.scopeId(), name));
            if (!declared) {
                undeclared.add(SubmittedValues.shown(name));
                continue;
            }
            DeclaredFields.Field field = submission.declared().field(name);
            String kind = SubmittedValues.kindProblem(name, variable.getValue(), field);
            if (kind != null) {
                reasons.add(kind);
            } else if (field == null || !field.shown() || !context.runWithoutAuthorization(() -> DeclaredForms.holds(
                    context, submission.scopeId(), name, variable.getValue()))) {
                toRead.put(name, variable.getValue()); // a text the form shows may come back as the process holds it
            }
        }
        if (!undeclared.isEmpty()) {
            reasons.add(0, undeclared(submission, undeclared));
        }
        refuse(reasons);
        // the texts once the form's own step has checked them with its own reasons, before anything is written
        return () -> {
            LocalDate today = LocalDate.ofInstant(ClockUtil.now().toInstant(), Swedish.ZONE);
            List<String> problems = new ArrayList<>();
            toRead.forEach((name, value) -> problems.addAll(SubmittedValues.textProblems(name, value,
                    submission.declared().field(name), today)));
            refuse(problems);
        };
    }

    private static void refuse(List<String> reasons) {
        if (!reasons.isEmpty()) {
            throw EngineCommands.refused(String.join(" ", reasons) + " Inget har sparats.");
        }
    }

    private static String undeclared(Submission submission, TreeSet<String> names) {
        String fields = String.join(", ", names.stream().map(name -> "”" + name + "”").toList());
        if (submission.declared().fields().isEmpty()) {
            return submission.to() + " tar inte emot några variabler, men fick " + fields + ".";
        }
        return submission.to() + " har " + (names.size() == 1 ? "inget fält " : "inga fält ") + fields
                + ". Skicka bara formulärets egna fält: "
                + String.join(", ", submission.declared().fields().values().stream().map(f -> f.label()).toList()) + ".";
    }

    private static boolean isAdministrator(CommandContext context) {
        return context.getAuthentication() != null
                && context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication());
    }

    /** What the command submits, or null for a command that submits no variables. */
    private static Submission submission(Command<?> command, CommandContext context) {
        if (command instanceof SubmitStartFormCmd) {
            String definitionId = EngineCommands.text(command, "processDefinitionId");
            return new Submission(DeclaredForms.startFormName(context, definitionId),
                    DeclaredForms.ofStartForm(context, definitionId), variables(command, "variables"),
                    EngineCommands.text(command, "businessKey"), false, null);
        }
        if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl builder =
                    (ProcessInstantiationBuilderImpl) EngineCommands.field(command, "instantiationBuilder");
            String definitionId = DeclaredForms.definitionId(context, builder.getProcessDefinitionId(),
                    builder.getProcessDefinitionKey());
            return new Submission(DeclaredForms.startFormName(context, definitionId),
                    DeclaredForms.ofStartForm(context, definitionId), nonNull(builder.getVariables()),
                    builder.getBusinessKey(), false, null);
        }
        if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
            String taskId = EngineCommands.text(command, "taskId");
            return new Submission(DeclaredForms.taskFormName(context, taskId), DeclaredForms.ofTask(context, taskId),
                    variables(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables"), null,
                    false, taskId);
        }
        if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd) {
            String taskId = EngineCommands.text(command, "entityId");
            return new Submission(DeclaredForms.taskFormName(context, taskId), DeclaredForms.ofTask(context, taskId),
                    variables(command, "variables"), null, true, taskId);
        }
        if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd) {
            String executionId = EngineCommands.text(command, "entityId");
            return new Submission("Processen", DeclaredForms.ofOpenTasks(context, executionId),
                    variables(command, "variables"), null, true, executionId);
        }
        if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl builder = (MessageCorrelationBuilderImpl) EngineCommands.field(command, "builder");
            Map<String, Object> payload = new LinkedHashMap<>(nonNull(builder.getPayloadProcessInstanceVariables()));
            payload.putAll(nonNull(builder.getPayloadProcessInstanceVariablesLocal()));
            payload.putAll(nonNull(builder.getPayloadProcessInstanceVariablesToTriggeredScope()));
            return new Submission("Ett meddelande till en process", DeclaredFields.none(), payload, null, false, null);
        }
        if (command instanceof SignalEventReceivedCmd) {
            SignalEventReceivedBuilderImpl builder = (SignalEventReceivedBuilderImpl) EngineCommands.field(command, "builder");
            return new Submission("En signal till en process", DeclaredFields.none(), nonNull(builder.getVariables()),
                    null, false, null);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> variables(Command<?> command, String field) {
        return nonNull((Map<String, Object>) EngineCommands.field(command, field));
    }

    /**
     * The variables by name, each as sent: typed where the map holds typed values (a {@link VariableMap} hands out
     * plain values, and a serialized object it cannot hand out at all).
     */
    private static Map<String, Object> nonNull(Map<String, Object> variables) {
        if (variables == null) {
            return Map.of();
        }
        if (!(variables instanceof VariableMap typed)) {
            return variables;
        }
        Map<String, Object> sent = new LinkedHashMap<>();
        typed.keySet().forEach(name -> sent.put(name, typed.getValueTyped(name)));
        return sent;
    }
}
