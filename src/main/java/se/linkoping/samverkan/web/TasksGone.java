package se.linkoping.samverkan.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * A task completed by another request a moment before: the engine found the task, but its grants were deleted
 * with it before the permission check read them, and it answers that the asker may not work on it. The asker
 * was only second, so the answer is 409, as for any other race, not 403.
 */
final class TasksGone {

    static final Refusal REFUSAL = Refusal.of(Refusal.Kind.CONFLICT,
            "Uppgiften finns inte längre: någon annan hann före och slutförde den. Inget har sparats.");
    private static final Pattern TASK_ACTION =
            Pattern.compile(".*/task/([^/]+)/(submit-form|complete|resolve|claim|unclaim|assignee)");

    private TasksGone() {
    }

    /** Whether a refused action on a task was refused because the task was completed meanwhile. */
    static boolean completedMeanwhile(Throwable failure, String path) {
        if (!(failure instanceof AuthorizationException) || path == null) {
            return false;
        }
        Matcher action = TASK_ACTION.matcher(path);
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (!action.matches() || engine == null) {
            return false;
        }
        String taskId = action.group(1);
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute((CommandContext context) -> context.runWithoutAuthorization(
                        () -> context.getTaskManager().findTaskById(taskId) == null
                                && context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null));
    }
}
