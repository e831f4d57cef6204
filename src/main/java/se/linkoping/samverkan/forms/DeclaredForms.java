package se.linkoping.samverkan.forms;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The forms of the engine as {@link SubmittedVariablesGuard} needs them, read inside the command being checked
 * (without authorization checks: the command itself checks the caller's): the start form of a process
 * definition, the form of a task, the forms of a process instance's open tasks.
 */
final class DeclaredForms {

    private DeclaredForms() {
    }

    /** The id of the definition a start names by id, or else the latest by key; null when there is none. */
    static String definitionId(CommandContext context, String id, String key) {
        if (id != null || key == null) {
            return id;
        }
        try {
            return context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedLatestProcessDefinitionByKey(key).getId();
        } catch (ProcessEngineException noSuchProcess) {
            return null; // the command says so itself
        }
    }

    static DeclaredFields ofStartForm(CommandContext context, String definitionId) {
        if (definitionId == null) {
            return DeclaredFields.unknown();
        }
        try {
            FormData form = new GetStartFormCmd(definitionId).execute(context);
            return form.getCamundaFormRef() != null
                    ? DeclaredFields.ofCamundaForm(new GetDeployedStartFormCmd(definitionId).execute(context))
                    : ofFormData(form);
        } catch (ProcessEngineException noSuchDefinition) {
            return DeclaredFields.unknown(); // the command says so itself
        }
    }

    static DeclaredFields ofTask(CommandContext context, String taskId) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        // gone, or completed at the same moment by another request (its execution already ended)
        if (task == null || task.getExecutionId() != null && task.getExecution() == null) {
            return DeclaredFields.unknown(); // the command says so itself
        }
        FormData form = new GetTaskFormCmd(taskId).execute(context);
        return form.getCamundaFormRef() != null
                ? DeclaredFields.ofCamundaForm(new GetDeployedTaskFormCmd(taskId).execute(context))
                : ofFormData(form);
    }

    /** The fields of every open task of the execution's process instance. */
    static DeclaredFields ofOpenTasks(CommandContext context, String executionId) {
        ExecutionEntity execution = executionId == null ? null
                : context.getExecutionManager().findExecutionById(executionId);
        if (execution == null) {
            return DeclaredFields.unknown(); // the command says so itself
        }
        DeclaredFields fields = DeclaredFields.none();
        List<TaskEntity> tasks = context.getTaskManager().findTasksByProcessInstanceId(execution.getProcessInstanceId());
        for (TaskEntity task : tasks) {
            fields = fields.and(ofTask(context, task.getId()));
        }
        return fields;
    }

    /** Whether a task or execution has the variable already (set by the process). */
    static boolean hasVariable(CommandContext context, String scopeId, String name) {
        TaskEntity task = context.getTaskManager().findTaskById(scopeId);
        if (task != null) {
            return task.hasVariable(name);
        }
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(scopeId);
        return execution != null && execution.hasVariable(name);
    }

    /** Whether a task or execution holds the variable with this value already (a text the form only shows). */
    static boolean holds(CommandContext context, String scopeId, String name, Object value) {
        if (scopeId == null) {
            return false;
        }
        Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
        TaskEntity task = context.getTaskManager().findTaskById(scopeId);
        if (task != null) {
            return task.hasVariable(name) && Objects.equals(task.getVariable(name), plain);
        }
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(scopeId);
        return execution != null && execution.hasVariable(name) && Objects.equals(execution.getVariable(name), plain);
    }

    static String startFormName(CommandContext context, String definitionId) {
        String name = null;
        if (definitionId != null) {
            try {
                ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(definitionId);
                name = definition.getName();
            } catch (ProcessEngineException noSuchDefinition) {
                name = null;
            }
        }
        return name == null ? "Startformuläret" : "Startformuläret för ”" + name + "”";
    }

    static String taskFormName(CommandContext context, String taskId) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        return task == null || task.getName() == null ? "Uppgiftens formulär"
                : "Formuläret för uppgiften ”" + task.getName() + "”";
    }

    private static DeclaredFields ofFormData(FormData form) {
        if (form.getFormKey() != null) {
            return DeclaredFields.unknown(); // an embedded or external form: its fields are not known here
        }
        return DeclaredFields.ofGeneratedForm(form.getFormFields().stream().map(FormField::getId).toList());
    }
}
